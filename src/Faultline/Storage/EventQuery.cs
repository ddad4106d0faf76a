namespace Faultline.Storage;

/// <summary>Filters for querying stored events; every one optional.</summary>
public sealed record EventQuery
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public string? Actor { get; init; }
    public string? EventType { get; init; }
    public string? SubEventType { get; init; }
    public string? Text { get; init; }
    public bool IncludeBackground { get; init; } = true;
    public int? Limit { get; init; }
    /// <summary>One row per report (each document's own coded event) instead of one per merged event.</summary>
    public bool Reports { get; init; }
    /// <summary>Attach each merged event's reports, their evidence and the disagreements (for json output).</summary>
    public bool Detail { get; init; } = true;
}

/// <summary>What one ingest run did: documents new, already known, failed; events (reports) stored; of those, how many joined another report's event.</summary>
public sealed record IngestCounts(int New, int Known, int Failed, int Events, int Merged = 0)
{
    public IngestCounts Add(IngestCounts o) => new(New + o.New, Known + o.Known, Failed + o.Failed, Events + o.Events, Merged + o.Merged);
}
