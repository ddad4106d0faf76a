using Faultline.Text;

namespace Faultline.Events;

/// <summary>Where an event sits in its report: what the report is about, another event of the day, or past context.</summary>
public enum EventRole { Primary, Secondary, Background }

/// <summary>
/// One coded event with every field of the acled-csv contract, plus its role, confidence, the per-side split of
/// deaths, any date conflict, and the evidence span of each field.
/// </summary>
public sealed record CodedEvent
{
    public required string DocumentId { get; init; }
    public int Index { get; init; }
    public EventRole Role { get; init; }
    public bool IsPrimary => Role == EventRole.Primary;
    public bool IsBackground => Role == EventRole.Background;

    public DateOnly? Date { get; init; }
    public int TimePrecision { get; init; } = 1;
    public string? DateConflict { get; init; }

    public required string EventType { get; init; }
    public required string SubEventType { get; init; }

    public string? Actor1 { get; init; }
    public string? AssocActor1 { get; init; }
    public int Inter1 { get; init; }
    public string? Actor2 { get; init; }
    public string? AssocActor2 { get; init; }
    public int Inter2 { get; init; }
    public int Interaction => Inter2 == 0 ? Inter1 * 10 : Math.Min(Inter1, Inter2) * 10 + Math.Max(Inter1, Inter2);
    public bool CivilianTargeting { get; init; }

    public string? Country { get; init; }
    public string? Iso3 { get; init; }
    public string? Admin1 { get; init; }
    public string? Admin2 { get; init; }
    public string? Admin3 { get; init; }
    public string? Location { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public int GeoPrecision { get; init; } = 3;

    public int Fatalities { get; init; }
    public int FatalitiesLow { get; init; }
    public int? FatalitiesHigh { get; init; }
    public IReadOnlyList<SideCount> FatalitiesBySide { get; init; } = [];

    public string Source { get; init; } = "";
    public string Notes { get; init; } = "";
    public double Confidence { get; init; }
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>For an event read from the store: its merged-event id, every report that told it, and where they disagree.</summary>
    public Merging.MergeInfo? Merge { get; init; }
}

/// <summary>Deaths on one side, kept as detail beside the ACLED total ("3 from Asa'ib Ahl al-Haq").</summary>
public sealed record SideCount(string Side, int Count);
