using System.Text.RegularExpressions;
using Faultline.Actors;
using Faultline.Documents;
using Faultline.Numbers;
using Faultline.Places;
using Faultline.Text;
using Faultline.Time;

namespace Faultline.Pipeline;

/// <summary>Runs the mention finders over a document and returns the annotated document. Pure: no shared mutable state.</summary>
public sealed partial class Annotator(PlaceFinder places, ActorFinder actors)
{
    public Gazetteer Gazetteer => places.Gazetteer;
    public ActorKnowledgeBase KnowledgeBase => actors.KnowledgeBase;

    [GeneratedRegex(@"(?:according\s+to|citing|quoted\s+by|cited\s+by)\s+(?:an?\s+|the\s+)?(?:report\s+(?:by|from|in)\s+)?(?<name>(?:[A-Z][\w.&'’-]*\s+){0,3}(?:[A-Z][\w.&'’-]*|media|sources|officials|residents|witnesses|activists)(?:\s+media)?)|(?<name>(?:[A-Z][\w.&'’-]*\s+){0,2}[A-Z][\w.&'’-]*)\s+(?:reported|said\s+in\s+a\s+report|news\s+agency\s+reported)")]
    private static partial Regex Attribution();

    // Most texts hold none of the words every attribution contains ("according", "reported", ...): not scanned then.
    private static readonly PrefilteredRegex AttributionIn = new(Attribution());

    private static readonly HashSet<string> NotSources = new(StringComparer.OrdinalIgnoreCase) { "He", "She", "It", "They", "The", "This", "Officials", "Police" };

    public AnnotatedDocument Annotate(Document doc)
    {
        string text = doc.Text;
        var sentences = SentenceSplitter.Split(text);
        var tokens = Tokenizer.Tokenize(text);
        var numbers = NumberReader.Find(text);
        var fatalities = new List<FatalityMention>();
        foreach (var s in sentences) fatalities.AddRange(FatalityReader.Find(text, s.Span, numbers));
        var actorMentions = actors.Find(text, tokens);
        // A role bound to a country for a time ("regime forces": Syria's until December 2024) is unbound after it.
        for (int i = 0; i < actorMentions.Count; i++)
            if (actorMentions[i].Role is { } role && role.On(doc.Published) is var dated && dated != role)
                actorMentions[i] = actorMentions[i] with { Role = dated, Country = actorMentions[i].Country == role.Country ? null : actorMentions[i].Country };
        var demonyms = Gazetteer.Demonyms.FindAll(text, tokens);
        var forcesAbroad = ForcesAbroad(text, demonyms, doc.Published);
        var actorCountries = ActorCountries(actorMentions, forcesAbroad, doc.Published);
        var context = new Dictionary<string, double>(actorCountries, StringComparer.Ordinal);
        foreach (var (_, theatres) in forcesAbroad)
            foreach (var (code, share) in theatres) context[code] = context.GetValueOrDefault(code) + 2.0 * share;
        var placeMentions = places.Find(text, tokens, context, demonyms, ActorProvinces(actorMentions), HomeForces(actorMentions, forcesAbroad));
        // A name read as an actor is not also a place ("Hezbollah" is no town), unless the place reading is locative.
        // A country adjective or a region inside an actor's name still names that place ("the [Syrian] army", "[EU]
        // states"); neither is ever an event's location, so keeping them costs the event stage nothing.
        // A country's name inside a longer actor name modifies it as an adjective would ("[US] troops").
        for (int i = 0; i < placeMentions.Count; i++)
        {
            var p = placeMentions[i];
            if (p.Place.Kind == PlaceKind.Country && p.Use != PlaceUse.Modifier
                && actorMentions.Any(a => a.Actor is not null && a.Span.Contains(p.Span) && a.Span.Length > p.Span.Length))
                placeMentions[i] = p with { Use = PlaceUse.Modifier };
        }
        placeMentions.RemoveAll(p => p.Use != PlaceUse.Modifier && p.Place.Kind != PlaceKind.Region
            && actorMentions.Any(a => a.Actor is not null && a.Span.Overlaps(p.Span) &&
            (a.Span.Length > p.Span.Length || p.Use is not (PlaceUse.Located or PlaceUse.Near))));
        actorMentions.RemoveAll(a => placeMentions.Any(p => p.Span.Overlaps(a.Span) && (p.Use is PlaceUse.Located or PlaceUse.Near) && a.Role is null && p.Span.Length >= a.Span.Length));
        return new AnnotatedDocument
        {
            Document = doc,
            Sentences = sentences,
            Tokens = tokens,
            Numbers = numbers,
            Fatalities = fatalities,
            Times = DateResolver.Find(text, doc.Published),
            Places = placeMentions,
            Actors = actorMentions,
            Sources = FindSources(text),
            CountryWeights = CountryWeights(text, demonyms, forcesAbroad, placeMentions, actorCountries),
        };
    }

    /// <summary>
    /// The countries of the known actors named, as context for choosing between same-named places. A state's forces
    /// named by a demonym while deployed abroad ("Russian warplanes") count where they fight, through the demonym; an
    /// armed group at work in several countries (data/deployments.yaml) counts in each by its share.
    /// </summary>
    private Dictionary<string, double> ActorCountries(List<ActorMention> mentions, List<ForcesAbroadMention> forcesAbroad, DateOnly? date)
    {
        var w = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var a in mentions)
        {
            // Role words bound to one country ("regime forces": Syria's) count like a local actor of it.
            if (a.Role?.Country is { } roleCountry && Gazetteer.CountryByIso3(roleCountry) is { } rc) w[rc.Code] = w.GetValueOrDefault(rc.Code) + 2.0;
            if (a.Actor is not { } actor || NamedAbroad(forcesAbroad, a.Span)) continue;
            if (actor.WorksIn is { } iso3 && Gazetteer.CountryByIso3(iso3) is { } c)
                w[c.Code] = w.GetValueOrDefault(c.Code) + 2.0;
            else
                foreach (var (code, share) in TheatresOf(actor.Id, date)) w[code] = w.GetValueOrDefault(code) + 2.0 * share;
        }
        return w;
    }

    /// <summary>The countries (ISO2) whose state forces the report names acting at home (inter 1, not deployed abroad).</summary>
    private HashSet<string> HomeForces(List<ActorMention> mentions, List<ForcesAbroadMention> forcesAbroad)
    {
        var home = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in mentions)
            if (a.Actor is { Inter: 1, WorksIn: { } iso3 } && Gazetteer.CountryByIso3(iso3) is { } c && !NamedAbroad(forcesAbroad, a.Span))
                home.Add(c.Code);
        return home;
    }

    /// <summary>The provinces the known actors named are bound to (see <see cref="Actor.Area"/>), as (country code, admin1).</summary>
    private HashSet<(string Country, string Admin1)> ActorProvinces(List<ActorMention> mentions)
    {
        var provinces = new HashSet<(string, string)>();
        foreach (var a in mentions)
            if (a.Actor is { Area.Count: > 0, WorksIn: { } iso3 } actor && Gazetteer.CountryByIso3(iso3) is { } c)
                foreach (var admin1 in actor.Area) provinces.Add((c.Code, Gazetteer.Admin1(c.Code, admin1)?.Admin1 ?? admin1)); // the gazetteer's spelling
        return provinces;
    }

    private static List<SourceMention> FindSources(string text)
    {
        var found = new List<SourceMention>();
        if (!AttributionIn.MayOccurIn(text)) return found;
        foreach (Match m in Attribution().Matches(text))
        {
            var g = m.Groups["name"];
            string name = g.Value.Trim();
            if (name.Length < 2 || NotSources.Contains(name) || found.Any(f => f.Name == name)) continue;
            found.Add(new SourceMention(new TextSpan(g.Index, g.Index + g.Length), name));
        }
        return found;
    }

    [GeneratedRegex(@"^\s+(?:(?:military|army|armed|air|naval|occupation|special|ground|border)\s+)?(?:forces|troops|soldiers?|army|military|warplanes?|jets?|aircraft|drones?|helicopters?|artillery|tanks|navy|snipers?|air\s*strikes?|raids|bombardment|shelling|border\s+guards?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MilitaryNounAfter();

    /// <summary>
    /// Demonyms naming a state's military ("Russian warplanes", "Israeli soldiers") whose forces were at work abroad
    /// on the publication date (data/deployments.yaml), with the countries (gazetteer codes) and shares of those theatres.
    /// </summary>
    private List<ForcesAbroadMention> ForcesAbroad(string text, List<PhraseMatch<Country>> demonyms, DateOnly? date)
    {
        var found = new List<ForcesAbroadMention>();
        foreach (var d in demonyms)
        {
            if (d.Candidates.Count != 1 || !MilitaryNounAfter().IsMatch(text.AsSpan(d.Span.End, Math.Min(30, text.Length - d.Span.End)))) continue;
            var theatres = TheatresOf(d.Candidates[0].Iso3, date);
            if (theatres.Count > 0) found.Add(new ForcesAbroadMention(d.Span, theatres));
        }
        return found;
    }

    /// <summary>A demonym naming a state's military at work abroad, and those theatres (gazetteer codes, shares).</summary>
    private sealed record ForcesAbroadMention(TextSpan Span, List<(string Code, double Share)> Theatres);

    private static bool NamedAbroad(List<ForcesAbroadMention> forcesAbroad, TextSpan span) => forcesAbroad.Any(f => f.Span.Overlaps(span));

    /// <summary>Where the forces of a state (ISO3) or an armed group (actor id) were at work on a date (data/deployments.yaml), as gazetteer codes.</summary>
    private List<(string Code, double Share)> TheatresOf(string forces, DateOnly? date) =>
        Deployments.Default.Abroad(forces, date)
            .Select(t => (Country: Gazetteer.CountryByIso3(t.Theatre), t.Share)).Where(t => t.Country is not null)
            .Select(t => (t.Country!.Code, t.Share)).ToList();

    /// <summary>How strongly the document is about each country: located places weigh most, demonyms least.</summary>
    private static Dictionary<string, double> CountryWeights(string text, List<PhraseMatch<Country>> demonyms,
        List<ForcesAbroadMention> forcesAbroad, List<PlaceMention> placeMentions, Dictionary<string, double> actorCountries)
    {
        // Local actors (state forces, rebels, militias) hint at the country too, less than a place does.
        var w = actorCountries.ToDictionary(kv => kv.Key, kv => kv.Value * 0.2, StringComparer.Ordinal);
        foreach (var p in placeMentions.Where(p => p.Use != PlaceUse.Modifier && p.Place.Kind != PlaceKind.Region))
            w[p.Place.CountryCode] = w.GetValueOrDefault(p.Place.CountryCode) + (p.Place.Kind == PlaceKind.Country ? 1.0 : 1.5);
        foreach (var d in demonyms)
        {
            // "Saudi-led", "Iranian-backed": the adjective describes an actor's patron, not where things happened.
            if (PlaceFinder.IsPatronAdjective(text, d.Span)) continue;
            // A military deployed abroad says less about its own country than about where it fights.
            var abroad = forcesAbroad.FirstOrDefault(f => f.Span == d.Span)?.Theatres;
            foreach (var c in d.Candidates)
                w[c.Code] = w.GetValueOrDefault(c.Code) + (abroad is null ? 0.5 : 0.2) / d.Candidates.Count;
            foreach (var (code, share) in abroad ?? [])
                w[code] = w.GetValueOrDefault(code) + 0.5 * share;
        }
        return w;
    }
}
