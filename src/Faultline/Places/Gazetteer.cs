using System.Globalization;
using System.IO.Compression;
using Faultline.Text;

namespace Faultline.Places;

/// <summary>
/// The offline gazetteer: countries, admin1 units, ~130k towns (GeoNames-derived), our own aliases and landmarks,
/// indexed for phrase matching by folded key and consonant skeleton. Built once and shared; read-only after.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, Country> _countriesByCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Country, string Admin1), Place> _admin1 = new();
    private readonly Dictionary<string, Place> _acronyms = new(StringComparer.Ordinal);

    /// <summary>A country known by an acronym written exactly so ("DRC", "UAE"), else null.</summary>
    public Place? ByAcronym(string text) => _acronyms.GetValueOrDefault(text);

    private static bool IsAcronym(string s) => s.Length <= 6 && s.All(c => char.IsUpper(c) || c == '.');

    /// <summary>Place names: towns, landmarks, admin units, countries.</summary>
    public PhraseIndex<Place> Names { get; } = new() { MinSkeletonLength = 5 };

    /// <summary>Country adjectives and nouns for people ("Iraqi", "Syrians").</summary>
    public PhraseIndex<Country> Demonyms { get; } = new() { MinSkeletonLength = 99 };

    public IReadOnlyCollection<Country> Countries => _countriesByCode.Values;

    public Country? CountryByCode(string code) => _countriesByCode.GetValueOrDefault(code);

    private readonly Dictionary<string, Country> _countriesByIso3 = new(StringComparer.OrdinalIgnoreCase);

    public Country? CountryByIso3(string iso3) => _countriesByIso3.GetValueOrDefault(iso3);

    public Place? Admin1(string countryCode, string admin1) => _admin1.GetValueOrDefault((countryCode, NameKey.Fold(admin1)));

    public Place CountryPlace(Country c) => new(c.Name, PlaceKind.Country, c.Code, c.Name, c.Iso3, null, null, c.Latitude, c.Longitude);

    private static readonly Lazy<Gazetteer> Shared = new(() => Load(DataFiles.PathOf("gazetteer")));

    /// <summary>The gazetteer shipped in data/gazetteer, loaded once per process.</summary>
    public static Gazetteer Default => Shared.Value;

    /// <summary>The fields <see cref="WriteTo"/> and <see cref="ReadFrom"/> store; a test checks the records still have just these.</summary>
    internal const string CachedShape = "Place(Name, Kind, CountryCode, Country, Iso3, Admin1, Admin2, Latitude, Longitude, Population, FeatureCode, Parent, Seat); " +
        "Country(Code, Iso3, Name, Latitude, Longitude, Capital)";

    internal static bool CacheCoversTypes => DataCache.ShapeOf(typeof(Place), typeof(Country)) == CachedShape;

    /// <summary>
    /// The gazetteer of a data folder: read from its binary cache when one was made from the same files and code
    /// (see <see cref="DataCache"/>), else parsed from the files (and the cache written).
    /// </summary>
    public static Gazetteer Load(string folder) =>
        DataCache.LoadOrBuild("gazetteer", DataCache.FilesIn(folder), () => Parse(folder), (g, w) => g.WriteTo(w), ReadFrom, CacheCoversTypes);

    /// <summary>Parses the gazetteer from the source files in a data folder (no cache).</summary>
    public static Gazetteer Parse(string folder)
    {
        var g = new Gazetteer();
        g.LoadCountries(Path.Combine(folder, "countries.tsv"));
        g.LoadAdmin1(Path.Combine(folder, "admin1.tsv"));
        g.LoadAdmin2(Path.Combine(folder, "admin2.tsv"));
        var towns = g.LoadTowns(Path.Combine(folder, "places.tsv.gz"));
        g.LoadAliases(Path.Combine(folder, "aliases.tsv"), towns);
        g.AliasSeatsToTheirProvinces(towns);
        g.LoadLandmarks(Path.Combine(folder, "landmarks.tsv"));
        g.LoadRegions(Path.Combine(folder, "regions.tsv"));
        return g;
    }

    internal void WriteTo(CacheWriter w)
    {
        // Countries and places are written once each and referred to by number, so shared objects stay shared.
        var countries = new ReferenceIds<Country>();
        var places = new ReferenceIds<Place>();
        void Indexes(CacheWriter body)
        {
            body.Int(_countriesByCode.Count);
            foreach (var (code, c) in _countriesByCode) { body.String(code); body.Int(countries.Of(c)); }
            body.Int(_countriesByIso3.Count);
            foreach (var (iso3, c) in _countriesByIso3) { body.String(iso3); body.Int(countries.Of(c)); }
            body.Int(_admin1.Count);
            foreach (var ((country, admin1), p) in _admin1) { body.String(country); body.String(admin1); body.Int(places.Of(p)); }
            body.Int(_acronyms.Count);
            foreach (var (acronym, p) in _acronyms) { body.String(acronym); body.Int(places.Of(p)); }
            body.Int(_townsByCountry.Count);
            foreach (var (code, towns) in _townsByCountry)
            {
                body.String(code);
                body.Int(towns.Count);
                foreach (var (ascii, town) in towns) { body.String(ascii); body.Int(places.Of(town)); }
            }
            Names.WriteTo(body, places.Of);
            Demonyms.WriteTo(body, countries.Of);
        }
        Indexes(new CacheWriter()); // a first pass numbers the countries and places
        // The tables first, then the indexes that refer to them.
        w.Int(countries.Items.Count);
        foreach (var c in countries.Items)
        {
            w.String(c.Code); w.String(c.Iso3); w.String(c.Name); w.Double(c.Latitude); w.Double(c.Longitude); w.String(c.Capital);
        }
        w.Int(places.Items.Count);
        foreach (var p in places.Items)
        {
            w.String(p.Name); w.Int((int)p.Kind); w.String(p.CountryCode); w.String(p.Country); w.String(p.Iso3);
            w.String(p.Admin1); w.String(p.Admin2); w.Double(p.Latitude); w.Double(p.Longitude); w.Long(p.Population);
            w.String(p.FeatureCode); w.String(p.Parent);
            w.Bool(p.Seat is not null);
            if (p.Seat is { } seat) { w.Double(seat.Latitude); w.Double(seat.Longitude); }
        }
        Indexes(w);
    }

    internal static Gazetteer ReadFrom(CacheReader r)
    {
        var g = new Gazetteer();
        var countries = new Country[r.Int()];
        for (int i = 0; i < countries.Length; i++)
            countries[i] = new Country(r.String(), r.String(), r.String(), r.Double(), r.Double(), r.NullableString());
        var places = new Place[r.Int()];
        for (int i = 0; i < places.Length; i++)
            places[i] = new Place(r.String(), (PlaceKind)r.Int(), r.String(), r.String(), r.String(), r.NullableString(),
                r.NullableString(), r.Double(), r.Double(), r.Long(), r.NullableString(), r.NullableString(),
                r.Bool() ? new GeoPoint(r.Double(), r.Double()) : null);
        int n = r.Int();
        for (int i = 0; i < n; i++) g._countriesByCode.Add(r.String(), countries[r.Int()]);
        n = r.Int();
        for (int i = 0; i < n; i++) g._countriesByIso3.Add(r.String(), countries[r.Int()]);
        n = r.Int();
        g._admin1.EnsureCapacity(n);
        for (int i = 0; i < n; i++) g._admin1.Add((r.String(), r.String()), places[r.Int()]);
        n = r.Int();
        for (int i = 0; i < n; i++) g._acronyms.Add(r.String(), places[r.Int()]);
        n = r.Int();
        for (int i = 0; i < n; i++)
        {
            string code = r.String();
            var towns = new List<(string, Place)>(r.Int());
            for (int j = towns.Capacity; j > 0; j--) towns.Add((r.String(), places[r.Int()]));
            g._townsByCountry.Add(code, towns);
        }
        g.Names.ReadFrom(r, i => places[i]);
        g.Demonyms.ReadFrom(r, i => countries[i]);
        r.End();
        return g;
    }

    private void LoadCountries(string path)
    {
        foreach (var f in Rows(path))
        {
            var c = new Country(f[0], f[1], f[2], D(f[5]), D(f[6]), f.ElementAtOrDefault(7));
            _countriesByCode[c.Code] = c;
            _countriesByIso3[c.Iso3] = c;
            var place = CountryPlace(c);
            Names.Add(c.Name, place);
            foreach (var alias in Split(f[3]))
            {
                // Acronyms ("DRC", "SADR") match only when written in capitals: "Sadr" is a cleric, not a republic.
                if (IsAcronym(alias)) _acronyms[alias] = place;
                else Names.Add(alias, place, allowShapeMatch: alias.Length > 4);
            }
            foreach (var demonym in Split(f[4])) Demonyms.Add(demonym, c, allowShapeMatch: false);
        }
    }

    private void LoadAdmin1(string path)
    {
        foreach (var f in Rows(path))
        {
            if (!_countriesByCode.TryGetValue(f[0], out var c)) continue;
            var place = new Place(f[1], PlaceKind.Admin1, c.Code, c.Name, c.Iso3, f[1], null, D(f[3]), D(f[4]),
                L(f.ElementAtOrDefault(6)), "ADM1", f.ElementAtOrDefault(5),
                f.Length > 8 ? new GeoPoint(D(f[7]), D(f[8])) : null);
            _admin1[(c.Code, NameKey.Fold(f[1]))] = place;
            Names.Add(f[1], place);
            foreach (var alias in Split(f[2]))
            {
                _admin1.TryAdd((c.Code, NameKey.Fold(alias)), place);
                Names.Add(alias, place);
            }
        }
    }

    /// <summary>
    /// Countries whose counties news name without a unit word. GeoNames' first level in the United Kingdom is its four
    /// nations, so the counties below them ("Kent", "Hampshire") play the part a province plays elsewhere.
    /// </summary>
    public static readonly IReadOnlySet<string> CountiesNamedBare = new HashSet<string>(StringComparer.Ordinal) { "GB" };

    /// <summary>Districts and counties: matched only when a unit word follows ("Orange County", "Nad Ali district"), or bare where <see cref="CountiesNamedBare"/>.</summary>
    private void LoadAdmin2(string path)
    {
        foreach (var f in Rows(path))
        {
            if (f.Length < 5 || !_countriesByCode.TryGetValue(f[0], out var c)) continue;
            Names.Add(f[2], new Place(f[2], PlaceKind.Admin2, c.Code, c.Name, c.Iso3, f[1], f[2], D(f[3]), D(f[4]), 0, "ADM2"), allowShapeMatch: false);
        }
    }

    private readonly Dictionary<string, List<(string Ascii, Place Town)>> _townsByCountry = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Dictionary<string, List<Place>>>> _skeletonsByCountry = new();

    /// <summary>
    /// Towns of one country whose name has the given consonant skeleton, small villages included ("Harbanifse" =
    /// Harbinafsah). Only for a name the text puts in a place and a country the report is about; built per country
    /// on first use.
    /// </summary>
    public IReadOnlyList<Place> TownsByShape(string countryCode, string skeleton)
    {
        var index = _skeletonsByCountry.GetOrAdd(countryCode, code => new Lazy<Dictionary<string, List<Place>>>(() =>
        {
            var byShape = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
            foreach (var (ascii, town) in _townsByCountry.GetValueOrDefault(code) ?? [])
            {
                string sk = NameKey.Skeleton(ascii);
                if (!byShape.TryGetValue(sk, out var list)) byShape[sk] = list = [];
                list.Add(town);
            }
            return byShape;
        })).Value;
        return index.TryGetValue(skeleton, out var found) ? found : [];
    }

    private Dictionary<string, List<Place>>? _townsBySpelling;

    /// <summary>Towns of at least this many people are found anywhere by <see cref="TownsBySpelling"/>.</summary>
    public const long SpellingLookupPopulation = 20_000;

    /// <summary>
    /// Towns of 20,000 people or more and seats of provinces and districts, anywhere, whose name has the given <see cref="NameKey.VowelShape"/>: for a name
    /// the text puts in a place that no dictionary spelling matched and no country context helps ("protested in
    /// Yasouj" = Yasuj). Built on first use.
    /// </summary>
    public IReadOnlyList<Place> TownsBySpelling(string vowelShape)
    {
        var index = LazyInitializer.EnsureInitialized(ref _townsBySpelling, () =>
        {
            var byShape = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
            foreach (var (ascii, town) in _townsByCountry.Values.SelectMany(t => t))
            {
                if (town.Population < SpellingLookupPopulation && town.FeatureCode is not ("PPLC" or "PPLA" or "PPLA2")) continue;
                string key = NameKey.VowelShape(ascii);
                if (!byShape.TryGetValue(key, out var list)) byShape[key] = list = [];
                list.Add(town);
            }
            return byShape;
        });
        return index.TryGetValue(vowelShape, out var found) ? found : [];
    }

    private Dictionary<(string, string, string), Place> LoadTowns(string path)
    {
        var byName = new Dictionary<(string, string, string), Place>();
        var admin1Keys = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = File.OpenRead(path);
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        reader.ReadLine(); // header
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = line.Split('\t');
            if (f.Length < 10 || !_countriesByCode.TryGetValue(f[3], out var c)) continue;
            long population = L(f[8]);
            var place = new Place(f[1], PlaceKind.Town, c.Code, c.Name, c.Iso3, Empty(f[4]), Empty(f[5]), D(f[6]), D(f[7]), population, f[9]);
            if (!_townsByCountry.TryGetValue(c.Code, out var ofCountry)) _townsByCountry[c.Code] = ofCountry = [];
            ofCountry.Add((f[2], place));
            // Shape matching is kept to towns big enough that a near-spelling is likely meant (avoids "Sadr" -> a hamlet).
            bool shape = population >= 20_000 || f[9] is "PPLC" or "PPLA";
            // The ASCII form is the transliteration of the name: index it, and the name itself only when it differs otherwise.
            Names.Add(f[2], place, shape);
            if (!string.Equals(f[2], f[1], StringComparison.Ordinal) && IsAscii(f[1])) Names.Add(f[1], place, shape);
            if (!admin1Keys.TryGetValue(f[4], out var admin1Key)) admin1Keys[f[4]] = admin1Key = NameKey.Fold(f[4]);
            var key = (c.Code, NameKey.Fold(f[2]), admin1Key);
            if (!byName.TryGetValue(key, out var existing) || existing.Population < population) byName[key] = place;
        }
        return byName;
    }

    private void LoadAliases(string path, Dictionary<(string, string, string), Place> towns)
    {
        foreach (var f in Rows(path))
        {
            var key = (f[2], NameKey.Fold(f[1]), NameKey.Fold(f.ElementAtOrDefault(3) ?? ""));
            if (towns.TryGetValue(key, out var town)) Names.Add(f[0], town);
            else if (Admin1(f[2], f[1]) is { } unit) Names.Add(f[0], unit);
        }
    }

    /// <summary>
    /// A province named like its capital ("Basra", "Kirkuk", "Idlib") is, in news, usually the city: the seat town
    /// becomes a candidate for the province's names too, and ranking decides (a following "province" picks the unit).
    /// </summary>
    private void AliasSeatsToTheirProvinces(Dictionary<(string, string, string), Place> towns)
    {
        // Group the unit's names once, by reference: records compare by value, which is slow over thousands of units.
        var namesOf = _admin1.GroupBy(kv => kv.Value, ReferenceEqualityComparer.Instance)
            .ToDictionary(g => (Place)g.Key!, g => g.Select(kv => kv.Key.Admin1).ToList(), ReferenceEqualityComparer.Instance);
        foreach (var (unitObject, names) in namesOf)
        {
            var unit = (Place)unitObject;
            if (unit.Parent is null) continue;
            if (!towns.TryGetValue((unit.CountryCode, NameKey.Fold(unit.Parent), NameKey.Fold(unit.Name)), out var seat)) continue;
            if (NameKey.Skeleton(seat.Name) != NameKey.Skeleton(unit.Name)) continue;
            foreach (var name in names) Names.Add(name, seat);
        }
    }

    private void LoadLandmarks(string path)
    {
        foreach (var f in Rows(path))
        {
            if (f.Length < 9 || !_countriesByCode.TryGetValue(f[3], out var c)) continue;
            var place = new Place(f[0], PlaceKind.Landmark, c.Code, c.Name, c.Iso3, Empty(f[4]), Empty(f[5]), D(f[7]), D(f[8]),
                0, f[2], Empty(f[6]));
            Names.Add(f[0], place);
            foreach (var alias in Split(f[1])) Names.Add(alias, place);
        }
    }

    /// <summary>Continents, oceans, world regions and unions: no country, so they lend no country context.</summary>
    private void LoadRegions(string path)
    {
        foreach (var f in Rows(path))
        {
            if (f.Length < 5) continue;
            var place = new Place(f[0], PlaceKind.Region, "", "", "", null, null, D(f[3]), D(f[4]), 0, f[2]);
            Names.Add(f[0], place);
            foreach (var alias in Split(f[1]))
            {
                if (IsAcronym(alias)) _acronyms[alias.Replace(".", "")] = place;
                else Names.Add(alias, place);
            }
        }
    }

    private static IEnumerable<string[]> Rows(string path)
    {
        if (!File.Exists(path)) yield break;
        bool header = true;
        foreach (var line in File.ReadLines(path))
        {
            if (header) { header = false; continue; }
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }

    private static bool IsAscii(string s)
    {
        foreach (var ch in s) if (ch > 127) return false;
        return true;
    }

    private static IEnumerable<string> Split(string s) => s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    private static string? Empty(string s) => string.IsNullOrWhiteSpace(s) ? null : s;
    private static double D(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0;
    private static long L(string? s) => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : 0;
}
