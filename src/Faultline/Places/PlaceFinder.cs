using System.Text.RegularExpressions;
using Faultline.Text;

namespace Faultline.Places;

/// <summary>
/// Finds place names in a document and resolves each to one gazetteer entry. Candidates are ranked on the
/// countries the document is about (country names, demonyms, unambiguous towns), admin units named nearby,
/// population and feature class, the way Mordecai-style geoparsers rank, but in-process and offline.
/// </summary>
public sealed partial class PlaceFinder(Gazetteer gazetteer)
{
    public Gazetteer Gazetteer => gazetteer;

    /// <summary>Capitalised English words that are also town names somewhere; only matched when the town is large.</summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "the", "he", "she", "it", "we", "they", "on", "in", "at", "of", "and", "but", "or", "a", "an", "as", "by", "for", "from",
        "to", "with", "this", "that", "these", "there", "their", "his", "her", "its", "our", "after", "before", "during",
        "meanwhile", "moreover", "notably", "according", "police", "army", "security", "forces", "government", "military",
        "president", "minister", "ministry", "state", "city", "town", "village", "province", "district", "region", "central",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "old", "great", "green",
        "red", "white", "black", "blue", "union", "republic", "democratic", "national", "islamic", "party", "movement",
        "front", "council", "march", "may", "june", "july", "august", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "today", "some", "many", "several", "one", "two", "three", "also", "however", "while",
        "reuters", "afp", "ap", "media", "news", "said", "victoria", "mobile", "reading", "bath", "most", "sale", "deal",
        "hope", "independence", "liberty", "unity", "peace", "justice", "progress", "why", "how", "who", "what", "when",
        "where", "sources", "source", "local", "no", "not", "two", "de", "la", "le", "san", "santa", "el", "al", "is",
        "protesters", "militants", "clashes", "gunmen", "civilians", "people", "members", "commander", "general",
        "colonel", "officials", "official", "tribal", "border", "camp", "square", "street", "road", "bridge", "market",
        "university", "hospital", "airport", "station", "base", "office", "offices", "palace", "mosque", "church", "school",
        "northwestern", "northeastern", "southwestern", "southeastern", "over", "king", "queen", "prince", "lake", "river",
        "mount", "center", "centre", "capital", "federal", "royal", "upper", "lower", "middle", "coast", "coastal",
        // English words that are also small towns somewhere ("Congress", Arizona; "Commerce", Texas).
        "congress", "commerce", "free", "time", "star", "well", "still", "see", "early", "contact", "car", "box", "are",
        "portal", "resistance", "law", "champions", "volunteer", "sustainable", "energy", "money", "power", "nation",
        "welcome", "success", "harmony", "friendship", "comfort", "paradise", "eden", "truth", "plenty", "bonanza",
        // Given names that are also small towns: read as people unless the town is a big city.
        "paul", "mary", "michael", "john", "james", "david", "barry", "douglas", "nelson", "johnson", "smith", "taylor",
        "scott", "martin", "tyler", "allen", "thomas", "williams", "brooks", "keith", "lee", "miranda", "moyo", "hart",
    };

    [GeneratedRegex(@"(?:\b(?:in|at|inside|into|across|throughout|within|of|from|to|towards?|the\s+(?:\w+\s+){0,3}(?:city|town|village|district|province|governorate|area|region|neighbou?rhood|capital|port|suburb|municipality)\s+of))\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex LocatedBefore();

    [GeneratedRegex(@"(?:\b(?:near|nearby|outside|around|close\s+to|outskirts\s+of|vicinity\s+of|countryside\s+of|suburbs?\s+of|(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+(?:of|part\s+of)|\d+\s*(?:km|kilometers|kilometres|miles)\s+(?:\w+\s+){0,2}(?:of|from)))\s+(?:the\s+)?(?:\w+\s+){0,1}$", RegexOptions.IgnoreCase)]
    private static partial Regex NearBefore();

    [GeneratedRegex(@"^\s*(?:countryside|outskirts|suburbs?|environs|area)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NearAfter();

    [GeneratedRegex(@"^(?:'s|’s|\s+(?:said|says|announced|accused|condemned|denied|claimed|warned|called|urged|rejected|agreed|signed|summoned|demanded|has\s+(?:said|accused|denied)|government|officials?|authorities|forces|army|police|troops|military|ministry|embassy))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MetonymicAfter();

    // "Saada governorate", "Baqim border district", "Al Mukha coastal district"; and the first names of a list that
    // shares one plural unit word: "Razih and Monabbih districts", "Nati, Sawma'ah and Malajim districts".
    [GeneratedRegex(@"^(?<list>(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*\s*,?\s+and\s+(?:al-|Al\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:(?:border|coastal|mountainous|desert|frontier)\s+)?(?:(?<first>province|governorate|region|state|oblast|prefecture|department|wilaya|emirate)|(?<second>district|county|parish|municipality|raion|rayon|borough|sub-?district))(?<plural>s|es)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdminWordAfterPattern();

    /// <param name="context">Countries the document is known to be about from other evidence (its actors), by ISO2 code.</param>
    /// <param name="demonyms">The country adjectives in the text, when the caller has found them already.</param>
    /// <param name="provinces">Provinces the document's actors are bound to (country code, admin1): their villages come first.</param>
    /// <param name="homeForces">Countries (ISO2) whose own state forces act in the report at home (not deployed abroad).</param>
    public List<PlaceMention> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyDictionary<string, double>? context = null,
        IReadOnlyList<PhraseMatch<Country>>? demonyms = null, IReadOnlySet<(string Country, string Admin1)>? provinces = null,
        IReadOnlySet<string>? homeForces = null)
    {
        demonyms ??= gazetteer.Demonyms.FindAll(text, tokens);
        var raw = gazetteer.Names.FindAll(text, tokens);
        var kept = new List<PhraseMatch<Place>>(raw.Count);
        foreach (var match in raw)
        {
            // A district's or county's bare name is too often something else ("Allen", "Orange"): only "Orange County" names it.
            var m = match;
            // A country adjective is never respelt as a place: "Burundian" is not Brandon, "Palestinian" not Palestine.
            if (m.ByShape && demonyms.Any(d => d.Span.Overlaps(m.Span))) continue;
            if (UnitNamedExactly(text, m) is { } unit) m = unit;
            if (m.Candidates.Any(p => p.Kind == PlaceKind.Admin2) && !AdminWordAfter(text, m.Span))
            {
                var rest = m.Candidates.Where(p => p.Kind != PlaceKind.Admin2 || NamedBareHere(p, m.Candidates)).ToList();
                if (rest.Count == 0) continue;
                m = m with { Candidates = rest };
            }
            if (Plausible(text, m) && !InsideLongerName(text, m) && !StartOfLongerName(text, m) && !NamesAFacility(text, m)) kept.Add(m);
        }
        foreach (var (span, acronym) in Acronyms(text, tokens))
        {
            if (gazetteer.ByAcronym(acronym) is not { } country
                || CurrencyAfter().IsMatch(text.AsSpan(span.End, Math.Min(12, text.Length - span.End)))) continue;
            // A country's capitals outrank small towns spelt the same: "the USA" is no town Usa in Japan.
            kept.RemoveAll(k => k.Span.Overlaps(span) && k.Span.End == span.End
                                && k.Candidates.All(c => c.Kind == PlaceKind.Town && c.Population < 100_000));
            if (!kept.Any(k => k.Span.Overlaps(span))) kept.Add(new PhraseMatch<Place>(span, [country], false));
        }
        var personNames = new Dictionary<string, bool>(StringComparer.Ordinal);
        kept.RemoveAll(m =>
        {
            string name = m.Span.Of(text);
            if (!personNames.TryGetValue(name, out bool person)) personNames[name] = person = IsPersonName(text, m);
            return person;
        });
        kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var countries = CountryContext(text, demonyms, kept);
        var placeCountries = CountryContext(text, [], kept);
        if (context is not null)
            foreach (var (code, w) in context) countries[code] = countries.GetValueOrDefault(code) + w;
        AddLocalVillages(text, tokens, kept, countries);
        if (provinces is { Count: > 0 })
            for (int i = 0; i < kept.Count; i++) kept[i] = RespeltInActorProvinces(text, kept[i], provinces);
        // First pass: each name on its own against the document's countries.
        var first = new Place?[kept.Count];
        for (int i = 0; i < kept.Count; i++)
            first[i] = Rank(kept[i].Candidates, countries, UnitWordOf(text, kept[i].Span), _ => 0);
        // Second pass: names read together. "Novoselivka, Donetsk" or "(Sabir al Mawadim, Taizz)" puts the town in
        // that province; "Baghdad's Tahrir Square" puts the square in Baghdad's country.
        var provinceContext = ProvinceContext(text, kept, first);
        var misplaced = Enumerable.Range(0, kept.Count).Select(j => first[j] is { Kind: PlaceKind.Town } && MisplacedByProvince(text, kept[j], kept)).ToArray();
        var mentions = new List<PlaceMention>(kept.Count);
        for (int i = 0; i < kept.Count; i++)
        {
            var m = kept[i];
            string ownName = NameKey.Fold(m.Span.Of(text));
            var near = Enumerable.Range(0, kept.Count)
                .Where(j => j != i && first[j] is not null && Math.Abs(kept[j].Span.Start - m.Span.Start) <= 90).ToList();
            var units = near.SelectMany(j => kept[j].Candidates).Where(c => c.Kind == PlaceKind.Admin1).ToList();
            var neighbours = near.Select(j => first[j]!).ToList();
            string? statedCountry = StatedCountry(text, m.Span, demonyms, kept, first);
            double Bonus(Place p) =>
                (p.Kind != PlaceKind.Admin1 && units.Any(u => u.CountryCode == p.CountryCode && u.Admin1 == p.Admin1) ? 4 : 0) +
                (neighbours.Any(n => n.CountryCode == p.CountryCode) ? 1.5 : 0) +
                (LandmarkOfThisTown(p, ownName, neighbours) ? 6 : 0) +
                (p.CountryCode == statedCountry ? 6 : 0) +
                (p.Kind == PlaceKind.Town && p.Admin1 is not null && provinces?.Contains((p.CountryCode, p.Admin1)) == true ? 2.5 : 0) +
                ProvinceContextBonus(p, provinceContext, ownName, candidates: m.Candidates);
            var best = Rank(m.Candidates, countries, UnitWordOf(text, m.Span), Bonus);
            if (best is null) continue;
            // "Vodyane, Donetsk" where no Vodyane lies in Donetsk: the gazetteer lacks this village; the province
            // named with it is the place, not a namesake elsewhere.
            if (best.Kind == PlaceKind.Town && MisplacedByProvince(text, m, kept))
                continue;
            // "Rio Messalo (Muidumbe, Cabo Delgado)", "Tuban district (Lahij)": the parenthesis says where the name lies;
            // a reading in none of the provinces it names is a namesake of a place the gazetteer lacks.
            if (best.Kind is not (PlaceKind.Country or PlaceKind.Region) && ProvincesInParenthesisAfter(text, m.Span, kept) is { } stated
                && !m.Candidates.Any(c => c.Admin1 is not null && stated.Contains((c.CountryCode, c.Admin1))))
                continue;
            // The guesses below drop a name as a village abroad; a province's name, or a name the text puts in one of its
            // own provinces ("Shadadah in Al-Hasakeh", "Darbasiyah countryside in al-Hasakeh"), is no such guess.
            bool ProvinceOrLocated(PhraseMatch<Place> m) => m.Candidates.Any(c => c.Kind == PlaceKind.Admin1) || LocatedInOwnProvince(text, m, kept);
            // A small place whose every reading lies in another country than the well-known places named beside it
            // is a local name the gazetteer lacks ("Al-Zahra area in ... Damascus" is no town in Libya): leave it out.
            // A name the text puts in a province where none of its readings lies ("Sayda town in Dar'a") anchors nothing.
            // A country named as where people came from ("migrants from Afghanistan") anchors nothing either.
            var anchors = near.Where(j => !misplaced[j] && first[j]!.Kind != PlaceKind.Landmark
                                          && !(first[j]!.Kind == PlaceKind.Country && OriginBefore().IsMatch(text.AsSpan(Math.Max(0, kept[j].Span.Start - 16), Math.Min(16, kept[j].Span.Start))))
                                          && (first[j]!.Kind is PlaceKind.Admin1 or PlaceKind.Country || first[j]!.Population >= 100_000))
                .Select(j => first[j]!.CountryCode).ToHashSet();
            if (IsVillage(best) && anchors.Count > 0 && !m.Candidates.Any(c => anchors.Contains(c.CountryCode)) && !ProvinceOrLocated(m))
                continue;
            // A village abroad in a report whose other places are all in one country: "... Hama and Homs ... shelled the
            // village of Salim" is a Syrian village the gazetteer lacks, not Salim in the West Bank.
            if (IsVillage(best) && ForeignToTheReport(m, placeCountries))
                continue;
            // A village abroad where the report's state forces act at home and nothing names that other country:
            // "Regime forces shelled Sayad" is a Syrian village the gazetteer lacks, not Sayad in Afghanistan.
            // ("US forces ... in Shadadah in Al-Hasakeh" stays in Syria.)
            if (IsVillage(best) && homeForces is { Count: > 0 }
                && !m.Candidates.Any(c => homeForces.Contains(c.CountryCode)) && !NamedCountryHolds(m, countries, OwnWeights(m))
                && !ProvinceOrLocated(m))
                continue;
            // A village far from where every actor bound to a region works: "the OSCE SMM observed explosions near
            // Kashtanove" is a Donbas village the gazetteer lacks, not a Russian namesake 1,000 km away.
            if (IsVillage(best) && provinces is { Count: > 0 }
                && m.Candidates.All(c => FarFromAll(c, provinces)) && !NamedCountryHolds(m, placeCountries, OwnWeights(m)))
                continue;
            mentions.Add(new PlaceMention(m.Span, best, UseOf(text, m.Span, best), m.Candidates));
        }
        PutStreetsInTheHomeTown(text, mentions);
        PlaceTownsTheTextLocates(text, mentions);
        // Country adjectives are named places too ("Russian President"), recognised as modifiers, never locations.
        foreach (var d in demonyms)
            if (char.IsUpper(text[d.Span.Start]) && !mentions.Any(m => m.Span.Overlaps(d.Span)))
                mentions.Add(new PlaceMention(d.Span, gazetteer.CountryPlace(d.Candidates[0]), PlaceUse.Modifier, d.Candidates.Select(gazetteer.CountryPlace).ToList()));
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return mentions;
    }

    /// <summary>
    /// Whether a landmark we list in a town named so is named beside this reading's name, in its country: "the al Nour
    /// square in Tripoli" is Lebanon's Tripoli, whose square it is, not Libya's capital.
    /// </summary>
    private static bool LandmarkOfThisTown(Place p, string ownName, List<Place> neighbours) =>
        p.Kind == PlaceKind.Town && neighbours.Any(n => n.Kind == PlaceKind.Landmark && n.Parent is { } town
            && n.CountryCode == p.CountryCode && NameKey.Fold(town) == ownName);

    /// <summary>
    /// The provinces the document's other place names lie in (first reading of each), counted per name, so a name
    /// can leave out its own mentions: "Parkland" in a story naming Broward County and Fort Lauderdale is in Florida.
    /// </summary>
    private static Dictionary<(string Country, string Admin1), Dictionary<string, int>> ProvinceContext(
        string text, List<PhraseMatch<Place>> kept, Place?[] first)
    {
        var context = new Dictionary<(string, string), Dictionary<string, int>>();
        for (int j = 0; j < kept.Count; j++)
        {
            if (first[j] is not { Admin1: { } admin1 } p || p.Kind is PlaceKind.Country or PlaceKind.Region) continue;
            if (!context.TryGetValue((p.CountryCode, admin1), out var byName)) context[(p.CountryCode, admin1)] = byName = new(StringComparer.Ordinal);
            string name = NameKey.Fold(kept[j].Span.Of(text));
            byName[name] = byName.GetValueOrDefault(name) + 1;
        }
        return context;
    }

    /// <summary>
    /// How much the other places a document names in a province lift a reading there: a town among its neighbours'
    /// province ("Maywood" with Hackensack and Paramus is New Jersey's), a state whose towns the story names
    /// ("Washington" with Seattle and Tacoma is the state). A province whose seat bears the name gets nothing: its
    /// towns lift the city and the unit alike ("Basra" stays the city). Each other name counts once, however often it
    /// is repeated (a sports story naming "Mississippi" five times is one clue). Saturates like the country context, and never
    /// outweighs a world city abroad.
    /// </summary>
    private static double ProvinceContextBonus(Place p, Dictionary<(string Country, string Admin1), Dictionary<string, int>> context,
        string ownName, IReadOnlyList<Place> candidates)
    {
        if (p.Admin1 is null || p.Kind is PlaceKind.Country or PlaceKind.Region) return 0;
        if (p.Kind == PlaceKind.Admin1 && HasSeatAmong(p, candidates)) return 0;
        // Fame is not outweighed by neighbours: "London" in a story of Ohio towns is still the capital.
        if (candidates.Any(c => c.CountryCode != p.CountryCode && c.Kind == PlaceKind.Town && c.Population >= 1_000_000)) return 0;
        if (!context.TryGetValue((p.CountryCode, p.Admin1), out var byName)) return 0;
        int others = byName.Count(kv => kv.Key != ownName);
        return others == 0 ? 0 : 1.5 * Math.Log(1 + Math.Min(others, 4));
    }

    [GeneratedRegex(@"^(?:'s|’s)?\s+(?:[a-z-]+\s+){0,2}(?:city|town|village|capital|port|province|governorate|region|district|county|state|suburb|hamlet)\s+of\s+(?:the\s+)?$")]
    private static partial Regex PlaceWordOfBetween();

    /// <summary>
    /// The country a sentence puts a place in: "the English city of Salisbury", "Syria's northern town of Afrin",
    /// "Salisbury, England". A stated country outweighs every other clue.
    /// </summary>
    private static string? StatedCountry(string text, TextSpan span, IReadOnlyList<PhraseMatch<Country>> demonyms,
        List<PhraseMatch<Place>> kept, Place?[] first)
    {
        foreach (var d in demonyms)
            if (d.Span.End <= span.Start && span.Start - d.Span.End <= 40
                && PlaceWordOfBetween().IsMatch(text.AsSpan(d.Span.End, span.Start - d.Span.End)))
                return d.Candidates[0].Code;
        for (int j = 0; j < kept.Count; j++)
        {
            if (first[j] is not { Kind: PlaceKind.Country } country) continue;
            var other = kept[j].Span;
            if (other.End <= span.Start && span.Start - other.End <= 40
                && PlaceWordOfBetween().IsMatch(text.AsSpan(other.End, span.Start - other.End)))
                return country.CountryCode;
            if (other.Start >= span.End && other.Start - span.End <= 2 && text.AsSpan(span.End, other.Start - span.End).Trim().SequenceEqual(","))
                return country.CountryCode;
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|in|near|at|outside|around|into|from|shelled|shelling|targeted|targeting|hit|struck|stormed|attacked|raided|bombed|entered|captured|seized|retook|besieged|surrounded)\s+(?:the\s+)?(?:(?:town|village|city|area|neighbou?rhood|district|outskirts|countryside)\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex LocativeCueBefore();

    [GeneratedRegex(@"^\s+(?:town|village|city)\b")]
    private static partial Regex PlaceWordAfter();

    /// <summary>
    /// A capitalised name the text puts somewhere ("shelled Hbit", "near Harbanifse", "east of Qaryatein", "Mzereib
    /// town") that no dictionary name matched is looked up by consonant skeleton among all towns, villages included,
    /// of the one country the report is about: villages are too many to match by shape anywhere, but within the
    /// report's country a transliteration is usually meant.
    /// </summary>
    private void AddLocalVillages(string text, IReadOnlyList<Token> tokens, List<PhraseMatch<Place>> kept, Dictionary<string, double> countries)
    {
        // The countries the report is about, most weight first: a village is looked for in the second when the first
        // has none of that shape (an external force's report about the country it fights in).
        var about = countries.Where(kv => kv.Value >= 1 && kv.Key.Length > 0).OrderByDescending(kv => kv.Value).Take(3).Select(kv => kv.Key).ToList();
        // Provinces the report names, or that its unambiguous towns lie in: a village name found in several provinces
        // is taken only in one of these, and left out when that does not decide it.
        var provinces = kept.Where(k => k.Candidates.Select(c => (c.CountryCode, c.Admin1)).Distinct().Count() == 1)
            .Select(k => (k.Candidates[0].CountryCode, k.Candidates[0].Admin1)).ToHashSet();
        foreach (var k in kept.Where(k => AdminWordAfter(text, k.Span)))
            foreach (var unit in k.Candidates.Where(c => c.Kind == PlaceKind.Admin1)) provinces.Add((unit.CountryCode, unit.Admin1));
        int added = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Capitalised || tokens[i].IsArticle) continue;
            int start = tokens[i].Span.Start;
            if (kept.Any(k => k.Span.End > start && k.Span.Start <= start)) continue;
            int from = Math.Max(0, start - 50);
            bool cueBefore = LocativeCueBefore().IsMatch(text.AsSpan(from, start - from));
            // The longest run of up to three capitalised words, separated by single spaces or hyphens.
            int last = i;
            while (last + 1 < tokens.Count && last - i < 2 && tokens[last + 1].Capitalised
                   && tokens[last + 1].Span.Start - tokens[last].Span.End == 1 && text[tokens[last].Span.End] is ' ' or '-') last++;
            for (int j = last; j >= i; j--)
            {
                var span = new TextSpan(start, tokens[j].Span.End);
                // The place word after the name ("Mzereib town") puts it somewhere as well as a cue before.
                if (!cueBefore && !PlaceWordAfter().IsMatch(text.AsSpan(span.End, Math.Min(16, text.Length - span.End)))) continue;
                string name = span.Of(text);
                if (CommonWords.Contains(NameKey.Fold(name)) || FunctionWords.Contains(name.ToLowerInvariant())) continue;
                string skeleton = NameKey.Skeleton(name);
                var found = skeleton.Length < 3 ? null : about.Select(country => InOneProvince(gazetteer.TownsByShape(country, skeleton), provinces))
                    .FirstOrDefault(f => f.Count > 0);
                // No country in view: a respelt town anywhere, when its spelling decides it.
                if (found is null && about.Count == 0) found = RespeltTownAnywhere(name, provinces);
                if (found is null) continue;
                kept.Add(new PhraseMatch<Place>(span, found, ByShape: true));
                added++;
                i = j;
                break;
            }
        }
        if (added > 0) kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>The larger town anywhere with the name's vowel shape, when the shape has three consonants or more and one province holds it.</summary>
    private IReadOnlyList<Place>? RespeltTownAnywhere(string name, HashSet<(string, string?)> provinces)
    {
        string spelling = NameKey.VowelShape(name);
        if (spelling.Count(c => c != '.') < 3) return null;
        var found = InOneProvince(gazetteer.TownsBySpelling(spelling), provinces);
        return found.Count > 0 ? found : null;
    }

    /// <summary>
    /// A village name whose every reading lies outside the provinces the report's actors are bound to is looked up by
    /// shape inside them: "the OSCE SMM observed explosions near Serhiivka" is Serhiyivka in Donetsk, not the
    /// Serhiivka of Poltava. Kept as it is when no same-shaped village, or several provinces' villages, are found there.
    /// </summary>
    private PhraseMatch<Place> RespeltInActorProvinces(string text, PhraseMatch<Place> m, IReadOnlySet<(string Country, string Admin1)> provinces)
    {
        if (m.ByShape || m.Candidates.Any(c => !IsVillage(c) || c.Admin1 is not null && provinces.Contains((c.CountryCode, c.Admin1))))
            return m;
        string skeleton = NameKey.Skeleton(m.Span.Of(text));
        var local = provinces.Select(p => p.Country).Distinct()
            .SelectMany(country => gazetteer.TownsByShape(country, skeleton))
            .Where(p => p.Admin1 is not null && provinces.Contains((p.CountryCode, p.Admin1))).ToList();
        return local.Count > 0 && local.Select(p => p.Admin1).Distinct().Count() == 1 ? m with { Candidates = local, ByShape = true } : m;
    }

    /// <summary>
    /// Same-shaped villages of one country, kept when they lie in one province (or in one of the provinces the report
    /// names); else none.
    /// </summary>
    private static IReadOnlyList<Place> InOneProvince(IReadOnlyList<Place> found, HashSet<(string, string?)> provinces)
    {
        if (found.Select(p => p.Admin1).Distinct().Count() > 1)
            found = found.Where(p => provinces.Contains((p.CountryCode, p.Admin1))).ToList();
        return found.Select(p => p.Admin1).Distinct().Count() == 1 ? found : [];
    }

    /// <summary>Whether the text puts this name in a province ("Sayda town in Dar'a") where none of its readings lies.</summary>
    private static bool MisplacedByProvince(string text, PhraseMatch<Place> m, List<PhraseMatch<Place>> kept) =>
        ProvinceNamedAfter(text, m.Span, kept) is { Count: > 0 } named
        && !m.Candidates.Any(c => named.Any(u => u.CountryCode == c.CountryCode && u.Admin1 == c.Admin1));

    // Matched on the few characters before a name only: a right-to-left scan of the whole text before every name
    // would cost the text's length each time.
    [GeneratedRegex(@"\bfrom\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex OriginBefore();

    /// <summary>Whether the text puts this name in a province ("Nayrab in Idleb") where one of its readings lies.</summary>
    private static bool LocatedInOwnProvince(string text, PhraseMatch<Place> m, List<PhraseMatch<Place>> kept) =>
        ProvinceNamedAfter(text, m.Span, kept) is { Count: > 0 } named
        && m.Candidates.Any(c => named.Any(u => u.CountryCode == c.CountryCode && u.Admin1 == c.Admin1));

    /// <summary>
    /// The province candidates of a name written right after this one as where it lies: "Vodyane, Donetsk",
    /// "(Qaatabah, Ad Dali)", "Nayrab in Idleb", "Jurdi in the eastern countryside of Deir-ez-Zor".
    /// </summary>
    private static List<Place>? ProvinceNamedAfter(string text, TextSpan span, List<PhraseMatch<Place>> kept)
    {
        foreach (var k in kept)
        {
            if (k.Span.Start < span.End) continue;
            if (k.Span.Start - span.End > 45 || !LiesIn().IsMatch(text.AsSpan(span.End, k.Span.Start - span.End))) return null;
            return k.Candidates.Where(c => c.Kind == PlaceKind.Admin1).ToList();
        }
        return null;
    }

    /// <summary>
    /// "shelled Khan Shaykhun in Idleb", "Hbit in the southern countryside of Idleb": the province locates the town, so
    /// the town is where it happened, as much as one after "in" is; without this the province, which has the cue, would
    /// outrank the town as the event's place.
    /// </summary>
    private static void PlaceTownsTheTextLocates(string text, List<PlaceMention> mentions)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var (town, next) = (mentions[i], mentions[i + 1]);
            if (town.Use != PlaceUse.Plain || town.Place.Kind is not (PlaceKind.Town or PlaceKind.Landmark)) continue;
            if (next.Place.Kind is not (PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Town) || next.Span.Start < town.Span.End
                || next.Span.Start - town.Span.End > 45) continue;
            // A comma alone ("Kafr Zayta, Hama") is a list as often as an address: only "in" and its kin place the town.
            var between = text.AsSpan(town.Span.End, next.Span.Start - town.Span.End);
            if (between.Trim().SequenceEqual(",") || !LiesIn().IsMatch(between)) continue;
            mentions[i] = town with { Use = PlaceUse.Located };
        }
    }

    [GeneratedRegex(@"^(?:\s*,\s*|\s+(?:district|sub-?district|county|neighbou?rhood|area)\s+of\s+(?:the\s+)?|\s+(?:(?:village|town|city|area|district|neighbou?rhood|camp|suburb|countryside)\s+)?in\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?(?:(?:countryside|outskirts|suburbs|part|parts)\s+of\s+)?)$")]
    private static partial Regex LiesIn();

    /// <summary>Capitalised short tokens and dotted forms ("U.S.", "U.K.") as acronym candidates, dots removed.</summary>
    private static IEnumerable<(TextSpan Span, string Acronym)> Acronyms(string text, IReadOnlyList<Token> tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.Capitalised || t.Span.Length > 6) continue;
            // "U.S." is tokenised as "U", "S": join single capitals separated by dots.
            int j = i;
            while (j + 1 < tokens.Count && tokens[j].Span.Length == 1 && tokens[j + 1].Span.Length == 1 && char.IsUpper(text[tokens[j + 1].Span.Start])
                   && tokens[j + 1].Span.Start == tokens[j].Span.End + 1 && text[tokens[j].Span.End] == '.') j++;
            if (j > i)
            {
                int end = tokens[j].Span.End + (tokens[j].Span.End < text.Length && text[tokens[j].Span.End] == '.' ? 1 : 0);
                yield return (new TextSpan(t.Span.Start, end), string.Concat(tokens.Skip(i).Take(j - i + 1).Select(x => x.Span.Of(text))));
                i = j;
                continue;
            }
            yield return (t.Span, t.Span.Of(text));
        }
    }

    /// <summary>
    /// A small town's name that the document also uses as a surname ("councillor Dewly Nelson ... Nelson himself")
    /// or as a first name before another capitalised word ("Paul Smith") names a person, everywhere in the document.
    /// </summary>
    private static bool IsPersonName(string text, PhraseMatch<Place> m)
    {
        if (m.Candidates.Any(p => p.Kind != PlaceKind.Town || p.Population >= 500_000)) return false;
        string name = m.Span.Of(text);
        if (name.Contains(' ')) return false;
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            bool wholeWord = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + name.Length == text.Length || !char.IsLetterOrDigit(text[at + name.Length]));
            if (!wholeWord) continue;
            int before = at - 1;
            while (before >= 0 && text[before] == ' ') before--;
            int w = before;
            while (w > 0 && char.IsLetter(text[w - 1])) w--;
            // In a parenthesis of place names, "(Xaaji, Cadale)", the comma parts two places, not a surname from a first name.
            bool listed = before >= 0 && text[before] == ',' && NameListAround(text, new TextSpan(at, at + name.Length)) is not null;
            if (before >= 0 && !listed && w <= before && char.IsUpper(text[w]) && !FunctionWords.Contains(text.Substring(w, before - w + 1).ToLowerInvariant())
                && before - w >= 1) return true;
            if (PersonTitleBefore().IsMatch(text.AsSpan(Math.Max(0, at - 20), Math.Min(20, at)))) return true;
        }
        return false;
    }

    // "said Johnson" names a speaker; "...the statement said.\n\nDouma is surrounded" does not.
    [GeneratedRegex(@"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|President|Minister|Senator|Governor|Mayor|Judge|Coach|St|Saint|General|Gen|Col|Capt)\.?\s+|\b(?:said|says)[ \t]+)$")]
    private static partial Regex PersonTitleBefore();

    /// <summary>
    /// A name respelt together with its unit word ("Morris County" read as Romania's "Mures County") when the words before
    /// the unit word name a unit exactly: the exact name, with the unit word after it, is the match.
    /// </summary>
    private PhraseMatch<Place>? UnitNamedExactly(string text, PhraseMatch<Place> m)
    {
        if (!m.ByShape) return null;
        var words = Tokenizer.Tokenize(text, m.Span);
        if (words.Count < 2) return null;
        var name = new TextSpan(m.Span.Start, words[^2].Span.End);
        var unitWord = AdminWordAfterPattern().Match(text, name.End, m.Span.End - name.End);
        if (!unitWord.Success || unitWord.Index + unitWord.Length != m.Span.End) return null;
        var nameStart = words.FirstOrDefault(t => !t.IsArticle).Span.Start;
        var exact = gazetteer.Names.Lookup(text[nameStart..name.End]);
        return exact.Any(p => p.Kind is PlaceKind.Admin1 or PlaceKind.Admin2) ? new PhraseMatch<Place>(name, exact, false) : null;
    }

    /// <summary>
    /// A county named bare ("Kent", "Hampshire") where its country's news name counties so (<see cref="Gazetteer.CountiesNamedBare"/>),
    /// unless a town of that country bears the name: "Manchester" is the city, not the county around it.
    /// </summary>
    private static bool NamedBareHere(Place unit, IReadOnlyList<Place> candidates) =>
        Gazetteer.CountiesNamedBare.Contains(unit.CountryCode)
        && !candidates.Any(c => c.Kind == PlaceKind.Town && c.CountryCode == unit.CountryCode);

    [GeneratedRegex(@"^\s+(?:Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.?|Road|Rd\.|Lane|Drive)\b")]
    private static partial Regex StreetWordAfter();

    /// <summary>
    /// A street named after a place abroad or a region ("Atlantic Avenue", "Haifa Street" in a Baghdad story) lies in
    /// the story's own town, not at its namesake: such names are put in the town the story names most (twice or
    /// more), when there is one. A namesake in the home town's country is kept ("Oxford Street" may be London's).
    /// </summary>
    private static void PutStreetsInTheHomeTown(string text, List<PlaceMention> mentions)
    {
        var home = mentions.Where(m => m.Place.Kind == PlaceKind.Town && !IsStreet(text, m.Span))
            .GroupBy(m => m.Place).Where(g => g.Count() >= 2)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(m => m.Span.Start)).FirstOrDefault()?.Key;
        for (int i = 0; i < mentions.Count; i++)
        {
            if (!IsStreet(text, mentions[i].Span)) continue;
            if (home is not null && mentions[i].Place.CountryCode != home.CountryCode)
                mentions[i] = mentions[i] with { Place = home };
            // "in Sanaa Street ... in the east of Hodeidah": a street named after a town lies in another town, the one the
            // text puts the event in when it names one.
            else if (mentions[i].Use is PlaceUse.Located or PlaceUse.Near && mentions.Any(o => o.Use is PlaceUse.Located or PlaceUse.Near
                         && o.Place.Kind is PlaceKind.Town or PlaceKind.Landmark && o.Place != mentions[i].Place && !IsStreet(text, o.Span)))
                mentions[i] = mentions[i] with { Use = PlaceUse.Plain };
        }
    }

    private static bool IsStreet(string text, TextSpan span) =>
        StreetWordAfter().IsMatch(text.AsSpan(span.End, Math.Min(12, text.Length - span.End)));

    /// <summary>The unit word after a name: "Basra province" (a first-level word), "Orange County" (a second-level word).</summary>
    private enum UnitWord { None, FirstLevel, SecondLevel }

    private static UnitWord UnitWordAfter(string text, TextSpan span)
    {
        var m = AdminWordAfterPattern().Match(text, span.End, Math.Min(80, text.Length - span.End));
        // A list's first names share its unit word only when that word is plural ("Razih and Monabbih districts").
        if (!m.Success || (m.Groups["list"].Success && !m.Groups["plural"].Success)) return UnitWord.None;
        return m.Groups["first"].Success ? UnitWord.FirstLevel : UnitWord.SecondLevel;
    }

    private static bool AdminWordAfter(string text, TextSpan span) => UnitWordAfter(text, span) != UnitWord.None;

    /// <summary>The unit word after a name, or a first-level one for the last name of a parenthesis that says where a
    /// place lies: "(As Sawadiyah, Al Bayda)" names Yemen's province, not Libya's city.</summary>
    private static UnitWord UnitWordOf(string text, TextSpan span) =>
        UnitWordAfter(text, span) is var w && w != UnitWord.None ? w : InProvinceSlot(text, span) ? UnitWord.FirstLevel : UnitWord.None;

    /// <summary>Whether a name is the last one of a parenthesis after a place: "X (District, Province)", "X district (Province)".</summary>
    private static bool InProvinceSlot(string text, TextSpan span) =>
        NameListAround(text, span) is { } list && text.AsSpan(span.End, list.Close - span.End).IsWhiteSpace();

    /// <summary>A parenthesis that lists place names only, right after a word: "Ruramba (Kayokwe, Mwaro)", "Tuban district (Lahij)".</summary>
    private readonly record struct NameList(TextSpan Head, int Open, int Close);

    // Names separated by commas, the first capitalised: "Kayokwe, Mwaro", "Merkhah As Sufla, Shabwah", "Salh, taizz".
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+[\p{L}\p{N}'’.-]+){0,4}(?:\s*,\s*\p{L}[\p{L}\p{N}'’.-]*(?:\s+[\p{L}\p{N}'’.-]+){0,4}){0,3}\s*$")]
    private static partial Regex NamesOnly();

    [GeneratedRegex(@"(?<head>[\p{L}\p{N}'’.-]+) ?$", RegexOptions.RightToLeft)]
    private static partial Regex HeadWordBefore();

    /// <summary>The name list whose parenthesis opens at <paramref name="open"/>, when it is one.</summary>
    private static NameList? NameListAt(string text, int open)
    {
        int close = open < 0 ? -1 : text.IndexOf(')', open);
        if (close < 0 || close - open > 80 || !NamesOnly().IsMatch(text.AsSpan(open + 1, close - open - 1))) return null;
        int from = Math.Max(0, open - 40);
        var head = HeadWordBefore().Match(text, from, open - from);
        if (!head.Success) return null;
        var g = head.Groups["head"];
        return new NameList(new TextSpan(g.Index, g.Index + g.Length), open, close);
    }

    /// <summary>The name list a name stands in, if any.</summary>
    private static NameList? NameListAround(string text, TextSpan span)
    {
        if (span.Start == 0) return null;
        int from = Math.Max(0, span.Start - 60);
        int open = text.LastIndexOfAny(['(', ')'], span.Start - 1, span.Start - from);
        return open >= 0 && text[open] == '(' && NameListAt(text, open) is { } list && list.Close >= span.End ? list : null;
    }

    // From a name to the parenthesis after it, over at most four words: "Messalo (", " district (", ", and Nawjid military camps (".
    [GeneratedRegex(@"^(?:,?\s+(?:and\s+)?[\w'’-]+){0,4}\s*\(")]
    private static partial Regex WordsToParenthesis();

    /// <summary>
    /// The provinces a parenthesis right after a name puts it in, from the last name inside: "Rio Messalo (Muidumbe,
    /// Cabo Delgado)", "Tuban district (Lahij)", "Mori and Nawjid camps (Hidaybu, Suqutra)"; a district inside lies in
    /// them too ("(Adan Yabaal, Middle Shabelle)"); a town there stands for its province ("Xaaji-Cali village
    /// (Xaaji-Cali, Cadale)"). Null when no such parenthesis follows.
    /// </summary>
    private static HashSet<(string Country, string Admin1)>? ProvincesInParenthesisAfter(string text, TextSpan span, List<PhraseMatch<Place>> kept)
    {
        // The (beginning, length) overload reads the window as the whole input, so "^" anchors at the name's end; no copy.
        var gap = WordsToParenthesis().Match(text, span.End, Math.Min(60, text.Length - span.End));
        var list = gap.Success ? NameListAt(text, span.End + gap.Length - 1) : NameListAround(text, span);
        if (list is not { } l) return null;
        var last = kept.LastOrDefault(k => k.Span.Start > l.Open && k.Span.End <= l.Close);
        if (last is null || last.Span == span || !text.AsSpan(last.Span.End, l.Close - last.Span.End).IsWhiteSpace()) return null;
        var units = last.Candidates.Where(c => c.Kind is not (PlaceKind.Country or PlaceKind.Region) && c.Admin1 is not null)
            .Select(c => (c.CountryCode, c.Admin1!)).ToHashSet();
        return units.Count > 0 ? units : null;
    }

    /// <summary>Drops matches that are ordinary words or lower-case, and shape matches against small places.</summary>
    private static bool Plausible(string text, PhraseMatch<Place> m)
    {
        // The name proper (after any article: "the man" is no town "Man", "al-Basrah" is Basrah) must be capitalised.
        var words = Tokenizer.Tokenize(text, m.Span);
        // A direction written in lower case is part of a region's name when a capitalised name follows ("eastern Ghouta").
        var head = words.SkipWhile(t => t.IsArticle || (Directions.Contains(t.Span.Of(text)) && words.Count > 1)).FirstOrDefault();
        if (head.Span.Length == 0 || !(head.Capitalised || char.IsDigit(text[head.Span.Start]))) return false;
        string key = NameKey.Fold(m.Span.Of(text));
        if (CommonWords.Contains(key))
            return m.Candidates.Any(p => p.Kind is PlaceKind.Country || (p.Kind == PlaceKind.Town && p.Population >= 1_000_000))
                   || (m.Candidates.Any(p => p.Kind == PlaceKind.Admin1) && AdminWordAfter(text, m.Span));
        if (key.Length <= 2) return false;
        return true;
    }

    /// <summary>
    /// A small town's name right after another capitalised word is usually the tail of a longer name the
    /// gazetteer lacks ("Green Zone" is no "Zone"; "Seraya Selam" is no "Selam"); so is a compass point.
    /// </summary>
    private static bool InsideLongerName(string text, PhraseMatch<Place> m)
    {
        int i = m.Span.Start - 1;
        while (i >= 0 && text[i] is ' ' or '-') i--;
        if (i < 0 || m.Span.Start - i > 2 || !char.IsLetter(text[i])) return false;
        int w = i;
        while (w > 0 && char.IsLetter(text[w - 1])) w--;
        if (!char.IsUpper(text[w])) return false;
        string word = text.Substring(w, i - w + 1);
        // After a generic head ("Kafr Hamra", "Tall al-Sakhr") the name is part of a longer one, whatever else it names.
        if (GenericHeads.Contains(word.ToLowerInvariant())) return true;
        // A compass point after a name ends that name ("Twic East county", "Tonj North"): no province called East.
        if (Directions.Contains(NameKey.Fold(m.Span.Of(text))) && !FunctionWords.Contains(word.ToLowerInvariant())) return true;
        if (m.Candidates.Any(p => p.Kind != PlaceKind.Town || p.Population >= 100_000)) return false;
        // The previous word opens its sentence ("In Basra", "Near Mosul"): a capitalised function word, not a name.
        return !FunctionWords.Contains(word.ToLowerInvariant());
    }

    /// <summary>The same for a small town's name followed by another capitalised word: "Bani Wahab" is no "Bani".</summary>
    private static bool StartOfLongerName(string text, PhraseMatch<Place> m)
    {
        // Generic heads of Arabic place names ("Bab Ghaliq", "Jabal Murays", "Wadi Hadramawt") start a longer name
        // whatever the size of the town that bears the head alone ("Al Bab").
        bool genericHead = GenericHeads.Contains(NameKey.Fold(m.Span.Of(text)));
        if (!genericHead && m.Candidates.Any(p => p.Kind != PlaceKind.Town || p.Population >= 100_000)) return false;
        int i = m.Span.End;
        if (i >= text.Length || text[i] is not (' ' or '-')) return false;
        i++;
        if (i >= text.Length || !char.IsUpper(text[i])) return false;
        int w = i;
        while (w < text.Length && char.IsLetter(text[w])) w++;
        string next = text.Substring(i, w - i).ToLowerInvariant();
        return !PlaceTypeWords.Contains(next);
    }

    /// <summary>Arabic words for gate, mountain, valley, hill, spring, well, cape, village, house, monastery, fort, market, river, sons of.</summary>
    private static readonly HashSet<string> GenericHeads = new(StringComparer.Ordinal)
    {
        "bab", "jabal", "jebel", "wadi", "tal", "tall", "tell", "tel", "jisr", "khirab", "ain", "ayn", "bir", "ras", "kafr", "kfar", "beit", "bayt",
        "deir", "dayr", "qasr", "qalat", "suq", "souq", "nahr", "bani", "beni", "khirbet", "khirbat", "marj", "hay", "hai",
    };

    private static readonly HashSet<string> PlaceTypeWords = new(StringComparer.Ordinal)
    {
        "city", "town", "village", "district", "province", "governorate", "region", "county", "state", "municipality",
        "area", "camp", "countryside", "subdistrict", "sub", "neighbourhood", "neighborhood", "oblast", "raion", "department",
    };

    private static readonly HashSet<string> Directions = new(StringComparer.Ordinal)
    {
        "east", "west", "north", "south", "eastern", "western", "northern", "southern", "central", "upper", "lower",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "in", "near", "on", "at", "from", "to", "of", "the", "and", "but", "or", "after", "before", "outside", "inside", "into",
        "across", "around", "meanwhile", "since", "when", "while", "as", "by", "for", "with", "during", "between", "towards",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "both", "also", "then",
    };

    [GeneratedRegex(@"^-(?:led|backed|based|funded|supported|sponsored|made|allied|aligned|trained)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PatronSuffix();

    /// <summary>"Saudi-led", "Iranian-backed": the adjective names an actor's patron, not where things happened.</summary>
    public static bool IsPatronAdjective(string text, TextSpan span) =>
        PatronSuffix().IsMatch(text.AsSpan(span.End, Math.Min(12, text.Length - span.End)));

    [GeneratedRegex(@"^\s+(?:dollars?|currency|cents?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyAfter();

    [GeneratedRegex(@"^\s+(?:mall|hospital|square|street|mosque|church|school|university|college|station|market|hotel|stadium|company|factory|camp|prison|hall|building|tower|park|gate|airport|port|company|bank|district\s+court|court|clinic)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FacilityNounAfter();

    /// <summary>
    /// A small town's name followed by a facility noun names the facility ("Mile mall", "Al Thawrah Hospital"), not the
    /// town. Roads, bridges and roundabouts are not in the list: "the Saadnayel highway" runs through Saadnayel.
    /// </summary>
    private static bool NamesAFacility(string text, PhraseMatch<Place> m) =>
        m.Candidates.All(IsVillage) &&
        FacilityNounAfter().IsMatch(text.AsSpan(m.Span.End, Math.Min(20, text.Length - m.Span.End)));

    private static PlaceUse UseOf(string text, TextSpan span, Place place)
    {
        var use = OwnUseOf(text, span);
        // "in Ruramba (Kayokwe, Mwaro)": the names in a parenthesis after a place are where it lies, used as it is.
        // (A country there only says which: "Buqah (Yemen) and Ajashir (Saudi Arabia)".)
        if (use == PlaceUse.Plain && place.Kind != PlaceKind.Country && NameListAround(text, span) is { } list
            && OwnUseOf(text, list.Head) is PlaceUse.Located or PlaceUse.Near)
            return OwnUseOf(text, list.Head);
        return use;
    }

    private static PlaceUse OwnUseOf(string text, TextSpan span)
    {
        int from = Math.Max(0, span.Start - 60);
        var before = text.AsSpan(from, span.Start - from);
        var after = text.AsSpan(span.End, Math.Min(40, text.Length - span.End));
        if (NearBefore().IsMatch(before) || NearAfter().IsMatch(after)) return PlaceUse.Near;
        if (LocatedBefore().IsMatch(before)) return PlaceUse.Located;
        if (MetonymicAfter().IsMatch(after)) return PlaceUse.Metonymic;
        return PlaceUse.Plain;
    }

    /// <summary>Weights of the countries a document is about: named countries, demonyms, and towns with one reading.</summary>
    private static Dictionary<string, double> CountryContext(string text, IReadOnlyList<PhraseMatch<Country>> demonyms, List<PhraseMatch<Place>> matches)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        void Add(string code, double w) => weights[code] = weights.GetValueOrDefault(code) + w;
        foreach (var d in demonyms)
            if (!IsPatronAdjective(text, d.Span))
                foreach (var c in d.Candidates) Add(c.Code, 1.0 / d.Candidates.Count);
        foreach (var m in matches) CountryWeightsOf(m, Add);
        return weights;
    }

    /// <summary>The weight one place name lends the countries it may lie in.</summary>
    private static void CountryWeightsOf(PhraseMatch<Place> m, Action<string, double> add)
    {
        // A country's name means the country: its namesake towns abroad ("China, Maine") lend no weight.
        var named = m.Candidates.FirstOrDefault(p => p.Kind == PlaceKind.Country);
        if (named is not null) { add(named.CountryCode, 1.5); return; }
        var countries = m.Candidates.Where(p => p.Kind != PlaceKind.Region).Select(p => p.CountryCode).Distinct().ToList();
        if (countries.Count == 0) return;
        double w = m.Candidates.Any(p => p.Kind is PlaceKind.Country or PlaceKind.Admin1) ? 1.5 : 1.0;
        foreach (var c in countries) add(c, w / countries.Count);
    }

    /// <summary>Farther than this from every province an actor is bound to is outside that actor's theatre.</summary>
    private const double TheatreReachKm = 400;

    private bool FarFromAll(Place p, IReadOnlySet<(string Country, string Admin1)> provinces) =>
        provinces.All(u => gazetteer.Admin1(u.Country, u.Admin1) is { } unit
                           && Geo.DistanceKm(p.Latitude, p.Longitude, unit.Latitude, unit.Longitude) > TheatreReachKm);

    /// <summary>A town under 100,000 people: small enough that a namesake elsewhere or a gap in the gazetteer is likely.</summary>
    private static bool IsVillage(Place p) => p.Kind == PlaceKind.Town && p.Population < 100_000;

    /// <summary>
    /// Whether the report's other place names point to a country this name could lie in (<paramref name="own"/>: the
    /// weights the name itself lends, see <see cref="OwnWeights"/>).
    /// </summary>
    private static bool NamedCountryHolds(PhraseMatch<Place> m, Dictionary<string, double> countries, Dictionary<string, double> own) =>
        m.Candidates.Any(c => countries.GetValueOrDefault(c.CountryCode) - own.GetValueOrDefault(c.CountryCode) >= 0.5);

    /// <summary>The country weights this one name lends (to be taken out of the report's).</summary>
    private static Dictionary<string, double> OwnWeights(PhraseMatch<Place> m)
    {
        var own = new Dictionary<string, double>(StringComparer.Ordinal);
        CountryWeightsOf(m, (code, w) => own[code] = own.GetValueOrDefault(code) + w);
        return own;
    }

    /// <summary>
    /// Whether the report's other place names clearly point to one country (weight 2 or more) while none points to
    /// any country this name could lie in. (Actors and adjectives do not count: "Turkish warplanes struck Afrin".)
    /// </summary>
    private static bool ForeignToTheReport(PhraseMatch<Place> m, Dictionary<string, double> countries)
    {
        var own = OwnWeights(m);
        return !NamedCountryHolds(m, countries, own) && countries.Any(kv => kv.Value - own.GetValueOrDefault(kv.Key) >= 2.0);
    }

    /// <summary>
    /// How much the document's interest in a country lifts its places: steeply for the first few mentions, slowly
    /// after, so a story full of American towns does not make "China" or "London" American.
    /// </summary>
    private static double ContextScore(double weight) =>
        2.0 * Math.Log(1 + Math.Min(weight, 4)) + 0.5 * Math.Log(1 + Math.Max(0, weight - 4));

    /// <summary>
    /// Whether a province's seat bearing its name is among the readings ("Basra" the city, before Basra the province).
    /// Without one, the name is the province rather than a small namesake town ("Iowa" is the state, not the
    /// village in Louisiana).
    /// </summary>
    private static bool HasSeatAmong(Place unit, IReadOnlyList<Place> candidates) =>
        unit.Parent is { } seat && candidates.Any(c => c.Kind == PlaceKind.Town && c.CountryCode == unit.CountryCode
            && c.Admin1 == unit.Admin1 && NameKey.Fold(c.Name) == NameKey.Fold(seat));

    private static Place? Rank(IReadOnlyList<Place> candidates, Dictionary<string, double> context, UnitWord unitWord, Func<Place, double> bonus)
    {
        Place? best = null;
        double bestScore = double.MinValue;
        foreach (var p in candidates)
        {
            double s;
            s = ContextScore(context.GetValueOrDefault(p.CountryCode));
            // A county named bare (kept only where counties are named so) weighs like a landmark.
            bool bareCounty = p.Kind == PlaceKind.Admin2 && unitWord == UnitWord.None;
            long population = p.Kind switch
            {
                PlaceKind.Landmark => 100_000,
                PlaceKind.Admin2 when bareCounty => 100_000,
                PlaceKind.Country or PlaceKind.Region => 10_000_000,
                _ => p.Population,
            };
            s += 0.35 * Math.Log10(1 + population);
            // World cities are known abroad: "London" in an American story is still London unless Ohio is named by it.
            // (A province's population is a sum over its towns, not fame: "Washington" is the capital, not the state.)
            if (p.Kind != PlaceKind.Admin1) s += 2.0 * Math.Max(0, Math.Log10(1 + population) - 5.5);
            s += p.FeatureCode switch { "PPLC" => 1.0, "PPLA" => 0.6, "PPLA2" => 0.2, _ => 0 };
            s += p.Kind switch
            {
                PlaceKind.Country => 5.0,
                PlaceKind.Admin1 => unitWord switch { UnitWord.FirstLevel => 3.0, UnitWord.SecondLevel => 1.5, _ => HasSeatAmong(p, candidates) ? 0.5 : 2.0 },
                PlaceKind.Admin2 => unitWord switch { UnitWord.SecondLevel => 4.0, UnitWord.FirstLevel => 1.0, _ => 2.0 },
                // A town we list ourselves is a town, not a building: "El Mina" (Tripoli's port) before a village Mina in Mexico.
                PlaceKind.Landmark => p.FeatureCode == "town" ? 1.5 : 1.0,
                PlaceKind.Region => 4.0,
                _ => unitWord != UnitWord.None ? -1.0 : 1.5,
            };
            s += bonus(p);
            if (s > bestScore) { bestScore = s; best = p; }
        }
        return best;
    }
}
