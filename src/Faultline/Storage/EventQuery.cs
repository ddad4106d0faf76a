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
}

/// <summary>What one ingest run did: documents new, already known, failed; events stored.</summary>
public sealed record IngestCounts(int New, int Known, int Failed, int Events)
{
    public IngestCounts Add(IngestCounts o) => new(New + o.New, Known + o.Known, Failed + o.Failed, Events + o.Events);
}
