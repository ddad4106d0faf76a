using System.Globalization;
using Faultline.Events;

namespace Faultline.Merging;

/// <summary>
/// Builds a merged event's fields from its member reports. A pure function of the set of members (they are taken
/// in key order, every tie is broken on it), so the same reports always give the same row whatever order they came in.
/// <list type="bullet">
/// <item>Date: the most precise (lowest time_precision); among those, the day most reports give, then the earliest.</item>
/// <item>Place: the most precise (lowest geo_precision); among those, the location most reports give, then the
///       representative's, then the first by name.</item>
/// <item>Type and sub-type: the pair most reports give, then the representative's.</item>
/// <item>Actors: the report naming the most distinct actors, then the representative.</item>
/// <item>Fatalities: over the reports that give a count, low = the lowest low, best = the lowest best (the
///       conservative figure, as the codebook asks), high = the highest high (or best).</item>
/// <item>Role: primary if any report is mainly about it, else secondary if any, else background. Sources: all of them.</item>
/// </list>
/// The representative (its doc_id, event_index and notes head the row) is the member with the most precise place,
/// then the most precise date, then the strongest role, then the smallest key.
/// Every field on which reports differ is recorded as a <see cref="Disagreement"/>.
/// </summary>
public static class Reconciler
{
    public static MergedEvent Merge(IReadOnlyList<Report> reports)
    {
        if (reports.Count == 0) throw new ArgumentException("a merged event needs at least one report", nameof(reports));
        var members = reports.OrderBy(r => r.Key).ToList();
        if (members.Count == 1) return new MergedEvent(members[0].Event, members, []);

        var rep = members.OrderBy(r => r.Event.GeoPrecision).ThenBy(r => r.Event.TimePrecision)
            .ThenBy(r => (int)r.Event.Role).ThenBy(r => r.Key).First();
        var disagreements = new List<Disagreement>();

        var dated = members.Where(r => r.Event.Date is not null).ToList();
        var dateFrom = dated.Count == 0 ? rep : Choose(dated.Where(r => r.Event.TimePrecision == dated.Min(m => m.Event.TimePrecision)),
            r => Day(r.Event), rep, byValue: true);
        Disagree(disagreements, "event_date", members, r => Day(r.Event));

        var placed = members.Where(r => r.Event.Location is not null).ToList();
        var placeFrom = placed.Count == 0 ? rep : Choose(placed.Where(r => r.Event.GeoPrecision == placed.Min(m => m.Event.GeoPrecision)),
            r => r.Event.Location!, rep, byValue: false);
        Disagree(disagreements, "location", members, r => r.Event.Location ?? "");

        var typeFrom = Choose(members, r => r.Event.EventType + " / " + r.Event.SubEventType, rep, byValue: false);
        Disagree(disagreements, "event_type", members, r => r.Event.EventType + " / " + r.Event.SubEventType);

        var actorsFrom = members.OrderByDescending(r => r.Actors.Count).ThenBy(r => r == rep ? 0 : 1).ThenBy(r => r.Key).First();
        Disagree(disagreements, "actors", members, r => string.Join("; ", Report.ActorNames(r.Event).Order(StringComparer.Ordinal)));

        var counted = members.Where(r => r.ReportsDeaths).ToList();
        int best = counted.Count == 0 ? 0 : counted.Min(r => r.Event.Fatalities);
        int low = counted.Count == 0 ? 0 : counted.Min(r => Math.Min(r.Event.FatalitiesLow, r.Event.Fatalities));
        int? high = counted.Count == 0 ? null : counted.Max(r => r.Event.FatalitiesHigh ?? r.Event.Fatalities);
        var deathsFrom = counted.FirstOrDefault(r => r.Event.Fatalities == best);
        Disagree(disagreements, "fatalities", counted, r => r.Event.Fatalities.ToString(CultureInfo.InvariantCulture));

        var role = members.Min(r => r.Event.Role);
        var sources = members.SelectMany(r => r.Event.Source.Split("; ", StringSplitOptions.RemoveEmptyEntries))
            .Distinct().Order(StringComparer.Ordinal);

        var d = dateFrom.Event; var p = placeFrom.Event; var t = typeFrom.Event; var a = actorsFrom.Event;
        var merged = rep.Event with
        {
            Role = role,
            Date = d.Date, TimePrecision = d.TimePrecision, DateConflict = members.Select(r => r.Event.DateConflict).FirstOrDefault(c => c is not null),
            EventType = t.EventType, SubEventType = t.SubEventType, CivilianTargeting = t.CivilianTargeting,
            Actor1 = a.Actor1, AssocActor1 = a.AssocActor1, Inter1 = a.Inter1, Actor2 = a.Actor2, AssocActor2 = a.AssocActor2, Inter2 = a.Inter2,
            Country = p.Country, Iso3 = p.Iso3, Admin1 = p.Admin1, Admin2 = p.Admin2, Admin3 = p.Admin3, Location = p.Location,
            Latitude = p.Latitude, Longitude = p.Longitude, GeoPrecision = p.GeoPrecision,
            Fatalities = best, FatalitiesLow = low, FatalitiesHigh = high,
            FatalitiesBySide = deathsFrom?.Event.FatalitiesBySide ?? [],
            Source = string.Join("; ", sources),
            Confidence = members.Max(r => r.Event.Confidence),
        };
        return new MergedEvent(merged, members, disagreements);
    }

    private static string Day(CodedEvent e) => e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The member giving the value most members give; ties go to the representative's value, else the least value.</summary>
    private static Report Choose(IEnumerable<Report> candidates, Func<Report, string> value, Report rep, bool byValue)
    {
        var groups = candidates.GroupBy(value).ToList();
        int most = groups.Max(g => g.Count());
        var top = groups.Where(g => g.Count() == most).ToList();
        var chosen = !byValue && top.FirstOrDefault(g => g.Contains(rep)) is { } withRep ? withRep
            : top.OrderBy(g => g.Key, StringComparer.Ordinal).First();
        return chosen.OrderBy(r => r.Key).First();
    }

    private static void Disagree(List<Disagreement> into, string field, IReadOnlyList<Report> members, Func<Report, string> value)
    {
        var groups = members.GroupBy(value).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (groups.Count < 2) return;
        into.Add(new Disagreement(field, groups.Select(g => new ReportedValue(g.Key, g.Select(r => r.Key.ToString()).ToList())).ToList()));
    }
}
