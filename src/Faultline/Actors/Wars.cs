namespace Faultline.Actors;

/// <summary>
/// A war with two main sides in one country and period (data/wars.yaml): who fights an unattributed battle there,
/// who the opponent of a side named alone is, what "rebels" mean, and which side holds a place.
/// </summary>
/// <param name="Sides">Two actor ids; "state" is the country's military on the event date.</param>
/// <param name="HeldBySecond">Polygon (latitude, longitude) of the area the second side holds, or empty.</param>
public sealed record War(string Id, string Country, DateOnly From, DateOnly? To, IReadOnlyList<string> Admin1,
    IReadOnlyList<string> Sides, string? Rebels, IReadOnlyList<(double Lat, double Lon)> HeldBySecond)
{
    /// <summary>Actor ids whose mention puts a report on this war's front whatever its admin1 (a monitoring mission that reports only there).</summary>
    public IReadOnlyList<string> Cues { get; init; } = [];

    /// <summary>The actor id that "the coalition" means in this war (the Saudi-led coalition in Yemen).</summary>
    public string? Coalition { get; init; }

    /// <summary>
    /// The actor id of the one party that strikes from the air in this war (the Saudi-led coalition in Yemen, where the
    /// Houthis have no aircraft): an air strike no one is named for is its; drones are left out (both sides fly them).
    /// </summary>
    public string? AirStrikesBy { get; init; }

    /// <summary>
    /// 0 or 1: the side coded as firing unattributed shelling when the place hit cannot be put on the map (a village
    /// the gazetteer lacks or places elsewhere); null to leave the author unidentified.
    /// </summary>
    public int? UnplacedFireFrom { get; init; }

    /// <summary>
    /// The front lies on the second side's own soil (Houthi attacks across the Saudi border): whatever the first side
    /// fights or fires at there is the second side, the forces fighting beside it included.
    /// </summary>
    public bool OnSecondSidesSoil { get; init; }

    /// <summary>The war is on in this country on this date, in this admin1 (or one not known: a village the gazetteer lacks).</summary>
    public bool Covers(string? iso3, string? admin1, DateOnly? date) =>
        iso3 == Country && date is { } d && d >= From && (To is null || d <= To)
        && (Admin1.Count == 0 || admin1 is null || Admin1.Contains(admin1, StringComparer.OrdinalIgnoreCase));

    /// <summary>0 or 1: the side holding the point; null when the war has no map.</summary>
    public int? HolderAt(double lat, double lon)
    {
        if (HeldBySecond.Count < 3) return null;
        bool inside = false;
        for (int i = 0, j = HeldBySecond.Count - 1; i < HeldBySecond.Count; j = i++)
        {
            var (yi, xi) = HeldBySecond[i];
            var (yj, xj) = HeldBySecond[j];
            if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) inside = !inside;
        }
        return inside ? 1 : 0;
    }
}

/// <summary>The wars of data/wars.yaml.</summary>
public sealed class Wars(IReadOnlyList<War> all)
{
    public IReadOnlyList<War> All => all;

    private static readonly Lazy<Wars> Shared = new(() => Load(DataFiles.PathOf("wars.yaml")));

    public static Wars Default => Shared.Value;

    public static Wars Empty { get; } = new([]);

    public War? At(string? iso3, string? admin1, DateOnly? date, IEnumerable<string>? cues = null) =>
        all.FirstOrDefault(w => w.Covers(iso3, admin1, date))
        ?? (cues is null ? null : all.FirstOrDefault(w => w.Covers(iso3, null, date) && w.Cues.Any(cues.Contains)));

    public static Wars Load(string file)
    {
        if (!File.Exists(file)) return Empty;
        var entries = YamlList.Read<Entry>(file);
        return new Wars(entries.Where(e => e.Id is not null && e.Country is not null && e.From is not null && e.Sides is { Count: 2 })
            .Select(e => new War(e.Id!, e.Country!, YamlList.Date(e.From!),
                e.To is null ? null : YamlList.Date(e.To), e.Admin1 ?? [], e.Sides!, e.Rebels,
                (e.HeldBySecond ?? []).Where(p => p.Count == 2).Select(p => (p[0], p[1])).ToList()) { Cues = e.Cues ?? [], Coalition = e.Coalition, AirStrikesBy = e.AirStrikesBy, UnplacedFireFrom = SideIndex(e.Sides!, e.UnplacedFireFrom), OnSecondSidesSoil = e.OnSecondSidesSoil })
            .ToList());
    }

    private static int? SideIndex(List<string> sides, string? id) => id is not null && sides.IndexOf(id) is var i and >= 0 ? i : null;

    private sealed class Entry
    {
        public string? Id { get; set; }
        public string? Country { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }
        public List<string>? Admin1 { get; set; }
        public List<string>? Sides { get; set; }
        public string? Rebels { get; set; }
        public List<string>? Cues { get; set; }
        public string? Coalition { get; set; }
        public string? AirStrikesBy { get; set; }
        public string? UnplacedFireFrom { get; set; }
        public bool OnSecondSidesSoil { get; set; }
        public List<List<double>>? HeldBySecond { get; set; }
    }
}
