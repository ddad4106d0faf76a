namespace Faultline.Evaluation;

/// <summary>The gold fields of one ACLED row, event type already mapped to the current taxonomy.</summary>
public sealed record AcledGoldRow
{
    public required string Id { get; init; }
    public required string Notes { get; init; }
    public DateOnly? Date { get; init; }
    public required GoldEventType Type { get; init; }
    public string? Actor1 { get; init; }
    public string? Actor2 { get; init; }
    public int? Inter1 { get; init; }
    public int? Inter2 { get; init; }
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public string? Location { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public int? Fatalities { get; init; }
}
