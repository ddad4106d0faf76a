namespace Faultline.Merging;

/// <summary>What a user decided about two reports: keep them apart (split) or together (merge). Re-ingest honours both.</summary>
public enum DecisionKind { Split, Merge }

/// <summary>A user decision about a pair of reports, stored with the pair in key order.</summary>
public sealed record UserDecision(DecisionKind Kind, ReportKey A, ReportKey B)
{
    public static UserDecision Of(DecisionKind kind, ReportKey a, ReportKey b) =>
        a.CompareTo(b) <= 0 ? new(kind, a, b) : new(kind, b, a);
}
