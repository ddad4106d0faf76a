using System.Globalization;
using Faultline.Events;

namespace Faultline.Export;

/// <summary>
/// An event as named fields, in the acled-csv contract's order, then Faultline's extras. Every exporter reads
/// events through this one list, so a column is named and formatted in one place.
/// </summary>
public static class EventFields
{
    /// <summary>The acled-csv contract's columns, in order.</summary>
    public static readonly string[] AcledColumns =
    [
        "doc_id", "event_index", "primary", "background", "event_date", "time_precision", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "country", "iso3", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "fatalities", "fatalities_low", "fatalities_high", "source", "notes", "confidence",
    ];

    public static IEnumerable<KeyValuePair<string, object?>> Of(CodedEvent e, bool extras)
    {
        yield return new("doc_id", e.DocumentId);
        yield return new("event_index", e.Index);
        yield return new("primary", e.IsPrimary ? 1 : 0);
        yield return new("background", e.IsBackground ? 1 : 0);
        yield return new("event_date", e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        yield return new("time_precision", e.TimePrecision);
        yield return new("event_type", e.EventType);
        yield return new("sub_event_type", e.SubEventType);
        yield return new("actor1", e.Actor1);
        yield return new("assoc_actor_1", e.AssocActor1);
        yield return new("inter1", e.Inter1);
        yield return new("actor2", e.Actor2);
        yield return new("assoc_actor_2", e.AssocActor2);
        yield return new("inter2", e.Inter2);
        yield return new("interaction", e.Interaction);
        yield return new("civilian_targeting", e.CivilianTargeting ? "Civilian targeting" : "");
        yield return new("country", e.Country);
        yield return new("iso3", e.Iso3);
        yield return new("admin1", e.Admin1);
        yield return new("admin2", e.Admin2);
        yield return new("admin3", e.Admin3);
        yield return new("location", e.Location);
        yield return new("latitude", e.Latitude is { } lat ? Math.Round(lat, 4) : null);
        yield return new("longitude", e.Longitude is { } lon ? Math.Round(lon, 4) : null);
        yield return new("geo_precision", e.GeoPrecision);
        yield return new("fatalities", e.Fatalities);
        yield return new("fatalities_low", e.FatalitiesLow);
        yield return new("fatalities_high", e.FatalitiesHigh);
        yield return new("source", e.Source);
        yield return new("notes", e.Notes);
        yield return new("confidence", e.Confidence);
        if (!extras) yield break;
        yield return new("role", e.Role.ToString().ToLowerInvariant());
        yield return new("date_conflict", e.DateConflict);
        yield return new("fatalities_by_side", e.FatalitiesBySide.Count == 0 ? null : e.FatalitiesBySide.ToDictionary(s => s.Side, s => s.Count));
        yield return new("evidence", Evidence(e));
        if (e.Merge is not { } m) yield break;
        yield return new("event_id", m.EventId);
        yield return new("reports", m.Reports.Select(r => new Dictionary<string, object?>
        {
            ["doc_id"] = r.DocumentId, ["event_index"] = r.Index, ["role"] = r.Role.ToString().ToLowerInvariant(),
            ["event_date"] = r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["time_precision"] = r.TimePrecision,
            ["event_type"] = r.EventType, ["sub_event_type"] = r.SubEventType, ["actor1"] = r.Actor1, ["actor2"] = r.Actor2,
            ["location"] = r.Location, ["geo_precision"] = r.GeoPrecision,
            ["fatalities"] = r.Fatalities, ["fatalities_low"] = r.FatalitiesLow, ["fatalities_high"] = r.FatalitiesHigh,
            ["source"] = r.Source, ["notes"] = r.Notes, ["evidence"] = Evidence(r),
        }).ToList());
        yield return new("disagreements", m.Disagreements.Select(d => new Dictionary<string, object>
        {
            ["field"] = d.Field,
            ["values"] = d.Values.Select(v => new Dictionary<string, object> { ["value"] = v.Value, ["reports"] = v.Reports }).ToList(),
        }).ToList());
    }

    private static List<Dictionary<string, object>> Evidence(CodedEvent e) =>
        e.Evidence.Select(v => new Dictionary<string, object> { ["field"] = v.Field, ["start"] = v.Start, ["end"] = v.End, ["text"] = v.Text }).ToList();
}
