namespace Faultline.Merging;

/// <summary>
/// A report: one source document's coded event, named by the document id and the event's index in it. Stable across
/// stores and runs (documents are stored once), so user decisions and merged-event membership refer to it.
/// Ordered by document id (ordinal), then index: every tie in merging is broken on this order.
/// </summary>
public readonly record struct ReportKey(string DocId, int Index) : IComparable<ReportKey>
{
    public int CompareTo(ReportKey other)
    {
        int c = string.CompareOrdinal(DocId, other.DocId);
        return c != 0 ? c : Index.CompareTo(other.Index);
    }

    public override string ToString() => $"{DocId}#{Index}";

    /// <summary>Reads "doc#3"; a bare document id gives index -1 (all of that document's reports).</summary>
    public static ReportKey Parse(string s)
    {
        int hash = s.LastIndexOf('#');
        return hash > 0 && int.TryParse(s.AsSpan(hash + 1), out int i) ? new ReportKey(s[..hash], i) : new ReportKey(s, -1);
    }
}
