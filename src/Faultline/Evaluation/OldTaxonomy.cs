using Faultline.Events;

namespace Faultline.Evaluation;

/// <summary>
/// A gold event classification: the event types a prediction may have to count as right (one, or two for the old
/// "Riots/Protests"), the sub-event type when the gold has one, and a label for tables.
/// </summary>
public sealed record GoldEventType(IReadOnlySet<string> Types, string? SubType, string Label)
{
    public bool Accepts(string? predictedType) => predictedType is not null && Types.Contains(predictedType);
}

/// <summary>
/// Maps ACLED event types to the 2019+ taxonomy. Current names pass through; the pre-2019 names (as in the D3M
/// Middle East file, which has no sub_event_type) map as the evaluation README says.
/// </summary>
public static class OldTaxonomy
{
    private static GoldEventType One(string type, string? sub = null) => new(new HashSet<string>(StringComparer.Ordinal) { type }, sub, type);

    public static GoldEventType Map(string eventType, string? subEventType = null)
    {
        string t = eventType.Trim();
        string? sub = string.IsNullOrWhiteSpace(subEventType) ? null : subEventType.Trim();
        switch (t)
        {
            case "Remote violence": return One(EventTaxonomy.Explosions);
            case "Battle-No change of territory": return One(EventTaxonomy.Battles);
            case "Battle-Non-state actor overtakes territory": return One(EventTaxonomy.Battles, EventTaxonomy.NonStateOvertakesTerritory);
            case "Battle-Government regains territory": return One(EventTaxonomy.Battles, EventTaxonomy.GovernmentRegainsTerritory);
            case "Riots/Protests":
                return new GoldEventType(new HashSet<string>(StringComparer.Ordinal) { EventTaxonomy.Protests, EventTaxonomy.Riots }, null, "Protests or Riots");
            case "Strategic development": return One(EventTaxonomy.StrategicDevelopments);
            case "Non-violent transfer of territory": return One(EventTaxonomy.StrategicDevelopments, EventTaxonomy.NonViolentTransfer);
            case "Headquarters or base established": return One(EventTaxonomy.StrategicDevelopments, EventTaxonomy.HeadquartersEstablished);
            default: return One(t, sub);
        }
    }

    /// <summary>True for the pre-2019 names this class maps.</summary>
    public static bool IsOld(string eventType) => eventType.Trim() is "Remote violence" or "Battle-No change of territory"
        or "Battle-Non-state actor overtakes territory" or "Battle-Government regains territory" or "Riots/Protests"
        or "Strategic development" or "Non-violent transfer of territory" or "Headquarters or base established";
}
