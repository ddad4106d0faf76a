using Faultline.Events;
using Faultline.Places;

namespace Faultline.Evaluation;

/// <summary>
/// Accumulates the comparison of each ACLED gold row with the primary event predicted for its notes. Not
/// thread-safe: feed it from one thread (extraction can run in parallel before). Shares are over all rows, a row
/// where no event was found counting as wrong; the "where event found" column conditions on an event.
/// </summary>
public sealed class AcledScore(int examplesKept = 10)
{
    public const string None = "(none)";

    public int Rows { get; private set; }
    public int Errors { get; private set; }
    public Rate NoEvent { get; } = new();
    public FieldRate EventType { get; } = new("event_type", "event type");
    public FieldRate SubEventType { get; } = new("sub_event_type", "sub-event type (rows with one)");
    public FieldRate Date { get; } = new("date", "date exact");
    public FieldRate Fatalities { get; } = new("fatalities", "fatalities exact");
    public FieldRate FatalitiesWhenDeaths { get; } = new("fatalities_when_deaths", "fatalities exact (gold >= 1)");
    public FieldRate FatalitiesWithin1 { get; } = new("fatalities_within_1", "fatalities within ±1");
    public FieldRate FatalitiesWithin10Pct { get; } = new("fatalities_within_10pct", "fatalities within ±10%");
    public FieldRate Country { get; } = new("country", "country");
    public FieldRate Admin1 { get; } = new("admin1", "admin1");
    public FieldRate Within10 { get; } = new("within_10km", "location within 10 km");
    public FieldRate Within25 { get; } = new("within_25km", "location within 25 km");
    public FieldRate Within161 { get; } = new("within_161km", "location within 161 km");
    public FieldRate Actor1 { get; } = new("actor1", "gold actor1 among predicted actors");
    public FieldRate ActorPair { get; } = new("actor_pair", "actor pair (either order)");
    public FieldRate Inter { get; } = new("inter", "inter codes (either order)");
    public ConfusionMatrix EventTypes { get; } = new();
    public int MissingCoordinates { get; private set; }
    public int MissingDate { get; private set; }

    private readonly List<double> _km = [];
    private readonly Dictionary<string, WorstExamples> _examples = new();

    public IReadOnlyList<double> Distances => _km;
    public double? MedianKm => Metrics.Median(_km);

    /// <summary>The event of a document that is compared with its row: the primary one, else the first foreground, else the first.</summary>
    public static CodedEvent? Pick(IReadOnlyList<CodedEvent> events) =>
        events.FirstOrDefault(e => e.IsPrimary) ?? events.FirstOrDefault(e => !e.IsBackground) ?? events.FirstOrDefault();

    /// <summary>Records a row whose document could not be coded (counted as no event).</summary>
    public void AddError(AcledGoldRow gold)
    {
        Errors++;
        Add(gold, null);
    }

    public void Add(AcledGoldRow gold, CodedEvent? p)
    {
        Rows++;
        bool found = p is not null;
        NoEvent.Add(!found);
        string goldType = gold.Type.Label;
        EventTypes.Add(goldType, p?.EventType ?? None);
        if (!found) { Pattern("no_event", gold, goldType, None); }

        bool typeOk = gold.Type.Accepts(p?.EventType);
        EventType.Add(typeOk, found);
        if (found && !typeOk) Pattern("event_type", gold, goldType, p!.EventType);

        if (gold.Type.SubType is { } sub)
        {
            bool ok = p?.SubEventType == sub;
            SubEventType.Add(ok, found);
            if (found && !ok) Pattern("sub_event_type", gold, sub, p!.SubEventType);
        }

        if (gold.Date is { } gd)
        {
            bool ok = p?.Date == gd;
            Date.Add(ok, found);
            if (found && p!.Date is null) MissingDate++;
            if (found && !ok)
            {
                double days = p!.Date is { } pd ? Math.Abs(pd.DayNumber - gd.DayNumber) : 100_000;
                Severity("date", gold, gd.ToString("yyyy-MM-dd"), p.Date?.ToString("yyyy-MM-dd") ?? None, days);
            }
        }

        if (gold.Fatalities is { } gf)
        {
            int? pf = p?.Fatalities;
            bool exact = pf == gf;
            Fatalities.Add(exact, found);
            if (gf >= 1) FatalitiesWhenDeaths.Add(exact, found);
            FatalitiesWithin1.Add(pf is { } a && Math.Abs(a - gf) <= 1, found);
            FatalitiesWithin10Pct.Add(pf is { } b && Math.Abs(b - gf) <= 0.1 * gf, found);
            if (found && !exact) Severity("fatalities", gold, gf.ToString(), pf!.Value.ToString(), Math.Abs(pf.Value - gf));
        }

        if (gold.Country is not null)
        {
            bool ok = NameNormaliser.SameCountry(gold.Country, p?.Country);
            Country.Add(ok, found);
            if (found && !ok) Pattern("country", gold, gold.Country, p!.Country ?? None);
        }

        if (gold.Admin1 is not null)
        {
            bool ok = NameNormaliser.SameAdmin(gold.Admin1, p?.Admin1);
            Admin1.Add(ok, found);
            if (found && !ok) Pattern("admin1", gold, gold.Admin1, p!.Admin1 ?? None);
        }

        if (gold.Latitude is { } glat && gold.Longitude is { } glon)
        {
            double? km = p?.Latitude is { } plat && p.Longitude is { } plon ? Geo.DistanceKm(glat, glon, plat, plon) : null;
            if (found && km is null) MissingCoordinates++;
            if (km is not null) _km.Add(km.Value);
            Within10.Add(km <= 10, found);
            Within25.Add(km <= 25, found);
            Within161.Add(km <= 161, found);
            if (km > 25)
                Severity("location", gold, $"{gold.Location} ({gold.Admin1}, {gold.Country}) {glat:0.###},{glon:0.###}",
                    $"{p!.Location} ({p.Admin1}, {p.Country}) {p.Latitude:0.###},{p.Longitude:0.###} — {km:0} km", km.Value);
        }

        bool a1 = gold.Actor1 is null || (p is not null && (NameNormaliser.SameActor(gold.Actor1, p.Actor1) || NameNormaliser.SameActor(gold.Actor1, p.Actor2)));
        Actor1.Add(a1, found);
        bool pair = p is not null && NameNormaliser.SameActorPair(gold.Actor1, gold.Actor2, p.Actor1, p.Actor2);
        ActorPair.Add(pair, found);
        if (found && !pair) Pattern("actor_pair", gold, $"{gold.Actor1 ?? None} / {gold.Actor2 ?? None}", $"{p!.Actor1 ?? None} / {p.Actor2 ?? None}");

        if (gold.Inter1 is { } gi1)
        {
            int gi2 = gold.Inter2 ?? 0;
            bool ok = p is not null && ((p.Inter1 == gi1 && p.Inter2 == gi2) || (p.Inter1 == gi2 && p.Inter2 == gi1));
            Inter.Add(ok, found);
            if (found && !ok) Pattern("inter", gold, $"{gi1}-{gi2}", $"{p!.Inter1}-{p.Inter2}");
        }
    }

    private WorstExamples Examples(string field)
    {
        if (!_examples.TryGetValue(field, out var w)) _examples[field] = w = new WorstExamples(examplesKept);
        return w;
    }

    private void Pattern(string field, AcledGoldRow gold, string g, string p) => Examples(field).AddPattern(new Example(gold.Id, gold.Notes, g, p));

    private void Severity(string field, AcledGoldRow gold, string g, string p, double severity) =>
        Examples(field).AddBySeverity(new Example(gold.Id, gold.Notes, g, p, severity));

    private IEnumerable<FieldRate> Fields =>
    [
        EventType, SubEventType, Date, Fatalities, FatalitiesWhenDeaths, FatalitiesWithin1, FatalitiesWithin10Pct,
        Country, Admin1, Within10, Within25, Within161, Actor1, ActorPair, Inter,
    ];

    public EvalReport Report(string title)
    {
        var figures = new List<KeyValuePair<string, double?>>
        {
            new("rows", Rows),
            new("no_event", NoEvent.Percent),
        };
        foreach (var f in Fields) figures.Add(new(f.Key, f.All.Percent));
        figures.Add(new("median_km", MedianKm));
        figures.Add(new("errors", Errors));

        var fieldRows = new List<IReadOnlyList<string>>();
        fieldRows.Add(["rows (documents)", Rows.ToString("N0"), "", "", ""]);
        fieldRows.Add(["no event found", NoEvent.Hits.ToString("N0"), NoEvent.Total.ToString("N0"), $"{NoEvent.Percent:0.0}%", ""]);
        fieldRows.AddRange(Fields.Select(f => f.Row()));
        fieldRows.Add(["median distance (km)", ReportRenderer.Num(MedianKm), _km.Count.ToString("N0"), "", ""]);
        fieldRows.Add(["event found but no coordinates", MissingCoordinates.ToString("N0"), "", "", ""]);
        fieldRows.Add(["event found but no date", MissingDate.ToString("N0"), "", "", ""]);
        if (Errors > 0) fieldRows.Add(["documents that failed to code", Errors.ToString("N0"), "", "", ""]);

        var sections = new (string Field, string Description)[]
        {
            ("no_event", "rows where no event was found (gold event type)"),
            ("event_type", "wrong event type, most frequent confusions first"),
            ("sub_event_type", "wrong sub-event type"),
            ("date", "largest date errors (days)"),
            ("fatalities", "largest fatality errors"),
            ("country", "wrong country"),
            ("admin1", "wrong admin1 (after name normalisation)"),
            ("location", "largest distances to the gold coordinates (over 25 km)"),
            ("actor_pair", "actor pair not matched (gold actor1 / actor2 -> predicted)"),
            ("inter", "inter codes not matched"),
        };
        return new EvalReport
        {
            Title = title,
            Notes =
            [
                "Each row's notes are one document; its primary event is compared with the row. Shares are over all rows (no event = wrong); the last column is over rows where an event was found.",
            ],
            Figures = figures,
            Tables = [new ReportTable("Fields", FieldRate.Header, fieldRows), EventTypes.ToTable("Event types (rows: gold, columns: predicted)")],
            Examples = sections.Select(s => _examples.TryGetValue(s.Field, out var w)
                ? new ExampleSection(s.Field, s.Description, w.Worst(examplesKept), w.TopPatterns(10))
                : new ExampleSection(s.Field, s.Description, [], [])).ToList(),
        };
    }
}
