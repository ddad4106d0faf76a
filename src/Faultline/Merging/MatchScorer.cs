using Faultline.Places;
using Faultline.Text;

namespace Faultline.Merging;

/// <summary>How two reports compare: a veto (why they cannot be one event) or points for each kind of agreement.</summary>
public sealed record MatchScore(double Points, string? Veto)
{
    public bool IsVeto => Veto is not null;
}

/// <summary>
/// Scores whether two reports tell the same event. Symmetric and pure: the same pair always gets the same score,
/// whichever report came first. A pair is merged when nothing vetoes it and its points reach <see cref="Threshold"/>.
///
/// Vetoes (any one keeps the reports apart):
/// <list type="number">
/// <item>Same document: a report's own events were already told apart by the one-event rule.</item>
/// <item>Country: different countries, or either report has no country or no date.</item>
/// <item>Date: both days known (time_precision 1) and different; or, when either date is coarser (a week, a month,
///       "reported today" without a date), their windows of possible days (<see cref="DateWindow"/>) do not overlap.</item>
/// <item>Type: not the same sub-type, type, or a compatible pair (<see cref="TypeCompatibility"/>).</item>
/// <item>Place: both places precise (geo_precision 1-2) but named differently and more than
///       <see cref="SamePlaceKm"/> km apart (within <see cref="NearPlaceKm"/> km when one is only "near" a town);
///       or different admin1 when either place is only known to its province.</item>
/// <item>Actors: no identity in common, and no unidentified armed group that could be the other's named armed group.</item>
/// <item>Localities: either report's event sentence names a locality (village, district, area) the other's never
///       mentions ("in the area of Petrovskoye" and "in the area of Elenovka"; "protesters in Al Bab" and "residents of
///       Daret Azza"), though both were placed in the same town (<see cref="Localities"/>). The coded place itself counts
///       as shared when both reports were coded to that place (same name in any spelling, or same point).</item>
/// <item>Named groups: each report names an armed group of the knowledge base, and none in common ("the army clashed
///       with HTS", "the army clashed with IS").</item>
/// <item>Harm: one report says no one was killed (or hurt), the other tells deaths (or injuries): "No casualties were
///       reported" and "killing 2 civilians" are two incidents of that day (<see cref="Casualties"/>).</item>
/// <item>Sides: in two reports of one-sided violence (remote violence, violence against civilians), who acted in one is
///       only acted on in the other: an attack and the reply to it.</item>
/// <item>Participants: two demonstrations (protests or riots) whose texts each say who took part and name no kind of
///       people in common ("students" and "bus drivers" in Tehran the same day; <see cref="Participants"/>).</item>
/// </list>
/// Points: date (same known day 2, overlapping windows 1); type (same sub-type 2, same type 1, compatible 0);
/// place (same town 3, near 1, same admin1 with one place coarse 1, country only 0); actors (a named group or unit
/// in common 3; otherwise 1 for each generic actor in common, such as state forces or civilians, and 1 for an
/// unidentified armed group that may be the other's armed actor, at most 2); deaths (both report the same best
/// figure above zero 1).
/// The threshold (7) asks for more than "same day, same province, same generic actors": ACLED codes many such
/// events apart (shelling of two villages the same day), so a coarse place needs a named actor to merge.
/// </summary>
public sealed class MatchScorer
{
    public const double Threshold = 7;
    public const double SamePlaceKm = 2;
    public const double NearPlaceKm = 10;
    public const double SamePointKm = 0.5;

    public static MatchScorer Default { get; } = new();

    public bool Matches(Report a, Report b) => Score(a, b) is { IsVeto: false, Points: >= Threshold };

    public MatchScore Score(Report a, Report b)
    {
        if (a.Key.CompareTo(b.Key) > 0) (a, b) = (b, a);
        var x = a.Event;
        var y = b.Event;
        if (a.Key.DocId == b.Key.DocId) return Veto("same document");
        if (x.Iso3 is null || y.Iso3 is null || x.Iso3 != y.Iso3) return Veto("country");
        if (a.Window is not { } wa || b.Window is not { } wb) return Veto("no date");

        double points = 0;
        // Date
        if (x.TimePrecision <= 1 && y.TimePrecision <= 1)
        {
            if (wa.First != wb.First) return Veto("different days");
            points += 2;
        }
        else
        {
            if (wa.GapTo(wb) > 0) return Veto("dates too far apart");
            points += 1;
        }

        // Type
        switch (TypeCompatibility.Of(x.EventType, x.SubEventType, y.EventType, y.SubEventType))
        {
            case TypeCompatibility.Level.None: return Veto("incompatible types");
            case TypeCompatibility.Level.SameSubType: points += 2; break;
            case TypeCompatibility.Level.SameType: points += 1; break;
        }

        // Place
        var place = PlacePoints(x, y);
        if (place is null) return Veto("different places");
        points += place.Value;

        // Actors
        var actors = ActorPoints(a.Actors, b.Actors);
        if (actors is null) return Veto("no actor in common");
        points += actors.Value;

        if (OppositeAttackers(a, b)) return Veto("each side attacking the other");
        if (OtherNamedGroups(a.Actors, b.Actors)) return Veto("other named groups");
        if (Casualties.Contradict(a.Casualties, b.Casualties)) return Veto("harm denied in one, told in the other");

        // Deaths
        if (x.Fatalities > 0 && x.Fatalities == y.Fatalities) points += 1;

        if (points >= Threshold && Localities.Unshared(a.Localities, b.Localities, samePlace: SameCodedPlace(x, y)))
            return Veto("different localities named");
        if (points >= Threshold && Demonstration(x) && Demonstration(y) && Participants.Differ(a.Participants, b.Participants))
            return Veto("different participants");
        return new MatchScore(points, null);
    }

    private static MatchScore Veto(string why) => new(0, why);

    /// <summary>
    /// One-sided violence (remote violence, violence against civilians) where who acted in one report is only the target
    /// in the other: "A shelled B" and "B shelled A's villages" the same day are an attack and its reply, two events.
    /// Both reports must name both sides: a report naming only the police that a bomb hit codes them as actor 1.
    /// </summary>
    private static bool OppositeAttackers(Report a, Report b)
    {
        if (!OneSided(a.Event) || !OneSided(b.Event)) return false;
        if (a.FirstSide.Count == 0 || a.SecondSide.Count == 0 || b.FirstSide.Count == 0 || b.SecondSide.Count == 0) return false;
        return Reversed(a, b) || Reversed(b, a);

        static bool Reversed(Report p, Report q) =>
            !p.FirstSide.Any(x => q.FirstSide.Any(y => y.Key == x.Key)) && p.FirstSide.Any(x => x.Armed || x.Specific) && p.FirstSide.Any(x => q.SecondSide.Any(y => y.Key == x.Key));
    }

    /// <summary>
    /// Each report names an armed group of the knowledge base and they name none in common: the army fighting HTS and the
    /// army fighting IS in one district on one day are two battles, though the army is in both.
    /// </summary>
    private static bool OtherNamedGroups(IReadOnlyList<ActorId> a, IReadOnlyList<ActorId> b) =>
        a.Any(x => x.Specific && x.Armed) && b.Any(y => y.Specific && y.Armed) && !a.Any(x => x.Specific && b.Any(y => y.Key == x.Key));

    private static bool OneSided(Events.CodedEvent e) => e.EventType is Events.EventTaxonomy.Explosions or Events.EventTaxonomy.ViolenceAgainstCivilians;

    private static bool Demonstration(Events.CodedEvent e) => e.EventType is Events.EventTaxonomy.Protests or Events.EventTaxonomy.Riots;

    private static double? PlacePoints(Events.CodedEvent x, Events.CodedEvent y)
    {
        bool preciseX = x.GeoPrecision <= 2 && x.Latitude is not null, preciseY = y.GeoPrecision <= 2 && y.Latitude is not null;
        if (preciseX && preciseY)
        {
            double km = Geo.DistanceKm(x.Latitude!.Value, x.Longitude!.Value, y.Latitude!.Value, y.Longitude!.Value);
            // The same town's name, in the same province or close by (the store's blocking query asks the same).
            bool sameName = x.Location is not null && y.Location is not null && string.Equals(Town(x.Location), Town(y.Location), StringComparison.OrdinalIgnoreCase)
                            && (km <= NearPlaceKm || string.Equals(x.Admin1, y.Admin1, StringComparison.OrdinalIgnoreCase));
            if (sameName || km <= SamePlaceKm) return 3;
            if (km <= NearPlaceKm && (x.GeoPrecision == 2 || y.GeoPrecision == 2)) return 1;
            return null;
        }
        if (x.Admin1 is null || y.Admin1 is null) return 0;
        return string.Equals(x.Admin1, y.Admin1, StringComparison.OrdinalIgnoreCase) ? 1 : null;
    }

    /// <summary>
    /// Both reports were coded to one place: the same name (in any transliteration), or the same point (an alias the
    /// gazetteer spells its own way, "Muqdisho" for Mogadishu). Then that place's name in either text is shared. Two
    /// neighbouring towns the gazetteer puts 1.5-2 km apart (Zamalka, Arbin, Kafr Batna) are not one place.
    /// </summary>
    private static bool SameCodedPlace(Events.CodedEvent x, Events.CodedEvent y)
    {
        if (x.Location is null || y.Location is null) return false;
        if (x.Latitude is { } la && y.Latitude is { } lb && Geo.DistanceKm(la, x.Longitude!.Value, lb, y.Longitude!.Value) <= SamePointKm) return true;
        string p = Town(x.Location), q = Town(y.Location);
        if (string.Equals(p, q, StringComparison.OrdinalIgnoreCase)) return true;
        string sp = NameKey.Skeleton(p);
        return sp.Length >= 2 && sp == NameKey.Skeleton(q);
    }

    /// <summary>The town of a location: "Baghdad (Tahrir Square)" is in Baghdad.</summary>
    private static string Town(string location)
    {
        int paren = location.IndexOf(" (", StringComparison.Ordinal);
        return paren > 0 ? location[..paren] : location;
    }

    private static double? ActorPoints(IReadOnlyList<ActorId> a, IReadOnlyList<ActorId> b)
    {
        bool specific = false;
        int generic = 0;
        foreach (var p in a)
            foreach (var q in b)
                if (p.Key == q.Key) { if (p.Specific) specific = true; else generic++; }
        if (specific) return 3;
        bool mayBe = a.Any(p => p.Unidentified) && b.Any(q => q.Armed && !q.Unidentified) || b.Any(q => q.Unidentified) && a.Any(p => p.Armed && !p.Unidentified);
        int points = Math.Min(2, generic + (mayBe ? 1 : 0));
        if (points > 0) return points;
        return a.Count == 0 || b.Count == 0 ? 0 : null;
    }
}
