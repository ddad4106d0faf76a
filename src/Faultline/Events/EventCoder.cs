using System.Text.RegularExpressions;
using Faultline.Actors;
using Faultline.Numbers;
using Faultline.Pipeline;
using Faultline.Places;
using Faultline.Text;
using Faultline.Time;
using static Faultline.Events.EventTaxonomy;

namespace Faultline.Events;

/// <summary>
/// Turns an annotated report into coded events: reads each mention's arguments from its sentence (and from
/// context when the sentence lacks them), applies the one-event rule, marks the primary event and background
/// events, and codes actors, place, date and fatalities the ACLED way.
/// </summary>
public sealed partial class EventCoder(ActorKnowledgeBase kb, Gazetteer gazetteer)
{
    private readonly ActorCoder _actors = new(kb, gazetteer);

    /// <summary>Events dated this many days or more before the report's news day are background.</summary>
    private const int BackgroundDays = 2;

    [GeneratedRegex(@"\bby\s+(?:the\s+|some\s+|a\s+|an\s+)?(?:(?:members?|fighters|elements|militants|supporters|followers)\s+of\s+(?:the\s+)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ByAgent();

    [GeneratedRegex(@"^(?:\s+[A-Z]{2,6})?\s+(?:has\s+|have\s+)?(?:observed|reported|recorded|documented|monitored|noted|verified)\b|^(?:\s+(?:in|of)\s+(?:the\s+)?(?:(?:city|town|province)\s+of\s+)?[A-Z][\w'’-]+)?\s+(?:(?:were|are|is|was|have\s+been|had\s+been)\s+)?(?:searching|hunting|investigating|looking\s+for|seeking|probing)\b")]
    private static partial Regex Observer();

    [GeneratedRegex(@"^(?:(?:was|were)\s+)?(?:killed|kills?|killing|shot\s+dead|left\s+(?:[\w'’-]+\s+){0,4}dead|found\s+(?:[\w'’-]+\s+){0,2}(?:dead|killed))$", RegexOptions.IgnoreCase)]
    private static partial Regex DeathTrigger();

    // A side named as what a deed was done to: the object of a harm verb ("killed an Iraqi soldier", "targeted a PMF
    // vehicle", "destroyed a vehicle of pro-Hadi fighters", "opened fire at farmers", "arrested two men") or the subject of one in the passive ("a member of the police
    // was injured by", "the vehicle of a commander ... was struck by").
    private const string HarmVerbs = @"(?:kill(?:ed|ing)|injur(?:ed|ing)|wound(?:ed|ing)|target(?:ed|ing)|attack(?:ed|ing)|ambush(?:ed|ing)|hit(?:ting)?|str(?:uck|iking)|shot|shooting|assassinat(?:ed|ing)|kidnapp(?:ed|ing)|abduct(?:ed|ing)|destroy(?:ed|ing)|bomb(?:ed|ing)|shell(?:ed|ing)|arrest(?:ed|ing)|detain(?:ed|ing)|releas(?:ed|ing)|(?:fired|fire|shots)\s+(?:tear\s+gas\s+|live\s+ammunition\s+)?(?:on|at)|threw\s+(?:tear\s+gas\s+|stones\s+)?at|exploded\s+(?:in|near|under|at))";

    [GeneratedRegex(@"\b" + HarmVerbs + @"\s+(?:(?!(?:by|and|or|with|as|while|after|before|in|on|at|near|from|to|during|when|where|which|who|that|because|but|then|since|until|if)\b)[\w'’()-]+\s+){0,5}$", RegexOptions.IgnoreCase)]
    private static partial Regex HarmObject();

    [GeneratedRegex(@"^[^,.;:]{0,40}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?" + HarmVerbs + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex HarmedSubject();

    [GeneratedRegex(@"\bin\s+both\s+directions\b|\bexchang(?:ed|es|ing|e)\s+(?:of\s+)?(?:\w+\s+)?(?:fire|shelling|gunfire|shots)\b|\bby\s+both\s+sides\b", RegexOptions.IgnoreCase)]
    private static partial Regex BothWays();

    /// <summary>
    /// A military object shortly after the verb (forces, positions, military camps, bases, military sites and vehicles,
    /// weapons stores, launch pads); not the agent ("by Saudi forces"), and a camp only when said to be military
    /// ("Yarmouk Camp" is a refugee camp).
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?!by\b)[\w'’-]+\s+){0,5}?(?:forces|positions|(?:military|army|training)\s+camps?|camps?\s+of\s+the|(?:air|naval|military)\s*bases?|barracks|military\s+(?:sites?|vehicles?|targets?|installations?|reinforcements)|weapons?\s+(?:stores?|storage|depots?|caches?)|ammunition\s+(?:stores?|depots?)|(?:missile\s+)?launch(?:ing)?[\s-]*pads?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MilitaryObject();

    [GeneratedRegex(@"\b(?:hurl\w*|threw|burn(?:ed|t|ing)|throw\w*|pelt\w*|attack\w*|smash\w*|torch\w*|set\s+fire\s+to|set\s+ablaze|vandali[sz]\w*|stormed|damag\w*|broke\s+(?:the\s+)?windows\s+of)\s+(?:[\w'’()-]+\s+){0,8}?(?:banks?|branch|shops?|stores?|facades?|restaurants?|companies|company|exchange\s+offices?|(?:private\s+)?cars|houses?|homes|churche?s?|mosques?|buildings?|institutes?|offices|ATM(?:'?s)?)\b|\b(?:bank|building|house|church|mosque|shop|office)s?\s+(?:[\w'’,()-]+\s+){0,12}?(?:was|were)\s+(?:set\s+on\s+fire|set\s+ablaze|torched|burned|burnt|damaged|vandali[sz]ed|smashed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PropertyAttacked();

    [GeneratedRegex(@"^\s+or\s+(?:the\s+)?$")]
    private static partial Regex OrBetween();

    /// <summary>A group named by its fighters, after ("Jaysh al-Islam fighters") or before ("fighters of the X").</summary>
    [GeneratedRegex(@"^\s+(?:fighters|members|militants|combatants|commanders)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FightersAfter();

    [GeneratedRegex(@"\b(?:fighters|members|militants|combatants)\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FightersOf();

    [GeneratedRegex(@"\b(?:unidentified|unknown)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnidentifiedWord();

    [GeneratedRegex(@"\b(?:drones?|UAVs?|unmanned)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Drone();

    [GeneratedRegex(@"\bcounter-?\s?(?:protest|demonstrat|rall)\w*", RegexOptions.IgnoreCase)]
    private static partial Regex CounterProtest();

    // Few reports tell of a counter-protest: one look for its words per report, not a scan of every sentence per event.
    internal static readonly PrefilteredRegex CounterProtestIn = new(CounterProtest());

    public IReadOnlyList<CodedEvent> Code(AnnotatedDocument doc)
    {
        var mentions = EventMentionFinder.Find(doc);
        if (mentions.Count == 0) return [];
        var drafts = mentions.Select(m => SubTypeChecks.Reclassify(doc, Draft(doc, m))).ToList();
        AttachContextDeaths(doc, drafts, mentions);
        AttachContextVictims(doc, drafts, mentions);
        var events = OneEventRule.Apply(doc, drafts);
        NamedMeans.Apply(doc, events);
        if (events.Count == 0) return [];
        FillMissingPlaces(doc, events);
        return Finish(doc, events);
    }

    private EventDraft Draft(AnnotatedDocument doc, EventMention m)
    {
        var sentence = doc.Sentences[m.Sentence];
        var d = new EventDraft(m) { ReportsDeathsOnly = m.SubType == Attack && m.Priority <= 44 && !m.Claim && DeathTrigger().IsMatch(m.Trigger.Of(doc.Text)) };
        // Date: the expression nearest the trigger in its sentence, else the narrative time so far.
        var times = doc.Times.Where(t => sentence.Span.Contains(t.Span)).ToList();
        if (times.Count > 0)
        {
            // A date that opens the sentence ("On 9 May 2020, ...") governs it; other dates in it are usually context.
            var opening = times.FirstOrDefault(t => t.Span.Start - sentence.Span.Start <= 30 && t.Precision == 1);
            d.Time = opening ?? times.MinBy(t => Distance(t.Span, m.Trigger));
            d.TimeStated = true;
        }
        else
        {
            d.Time = doc.Times.LastOrDefault(t => t.Span.End <= sentence.Span.Start && t.Precision == 1 && !t.IsVaguePast);
        }
        // Place: a located town or landmark nearest the trigger; metonymic uses ("Baghdad said") never count.
        var places = doc.Places.Where(p => sentence.Span.Contains(p.Span) && p.Use is not (PlaceUse.Metonymic or PlaceUse.Modifier)
                                           && p.Place.Kind != PlaceKind.Region).ToList();
        var place = places.OrderByDescending(p => PlaceScore(p) + (p.Place.CountryCode == doc.MainCountry ? 2 : 0))
            .ThenBy(p => Distance(p.Span, m.Trigger)).FirstOrDefault();
        if (place is not null) { d.Place = place; d.PlaceStated = true; }
        else
        {
            d.Place = doc.Places.LastOrDefault(p => p.Span.End <= sentence.Span.Start && p.Use is PlaceUse.Located or PlaceUse.Near
                && p.Place.Kind is not (PlaceKind.Country or PlaceKind.Region) && doc.SentenceOf(p.Span).Paragraph == sentence.Paragraph);
        }
        foreach (var a in doc.Actors.Where(a => sentence.Span.Contains(a.Span)))
        {
            // Monitors and reporters ("the OSCE SMM observed", "HRW documented") are sources, not sides.
            if (Observer().IsMatch(doc.Text.AsSpan(a.Span.End, Math.Min(30, doc.Text.Length - a.Span.End)))) { d.Observers.Add(a); continue; }
            d.Actors.Add(a);
            int from = Math.Max(sentence.Span.Start, a.Span.Start - 45);
            if (d.PassiveAgent is null && a.Span.Start > m.Trigger.Start && ByAgent().IsMatch(doc.Text.AsSpan(from, a.Span.Start - from)))
                d.PassiveAgent = a;
            else if (IsTarget(doc.Text, sentence.Span, a.Span)) d.Targets.Add(a);
            if (a.Role is { Inter: 3 } && UnidentifiedWord().IsMatch(a.Span.Of(doc.Text))) d.UnidentifiedStated = true;
        }
        d.Deaths.AddRange(doc.Fatalities.Where(f => sentence.Span.Contains(f.Span)));
        // The sentences are tested in place (spans of the text), never copied.
        var text = sentence.Span.In(doc.Text);
        d.BothWays = BothWays().IsMatch(text);
        // What was attacked is often told in the next sentence ("Rioters also damaged two banks").
        var next = doc.Sentences.ElementAtOrDefault(sentence.Index + 1);
        d.PropertyTarget = PropertyAttacked().IsMatch(text) || next is not null && next.Paragraph == sentence.Paragraph && PropertyAttacked().IsMatch(next.Span.In(doc.Text));
        d.ByDrone = Drone().IsMatch(text);
        d.MilitaryTarget = MilitaryObject().IsMatch(doc.Text.AsSpan(m.Trigger.End, Math.Min(80, sentence.Span.End - m.Trigger.End)));
        d.CounterProtest = CounterProtestIn.MayOccurIn(doc.Text) && doc.Sentences.Any(x => x.Paragraph == sentence.Paragraph && CounterProtest().IsMatch(x.Span.In(doc.Text)));
        // "either IS or HTS": the second named is the first's alternative, not its opponent.
        for (int i = 1; i < d.Actors.Count; i++)
        {
            var (before, after) = (d.Actors[i - 1], d.Actors[i]);
            if (before.Actor is not null && after.Actor is not null && after.Span.Start > before.Span.End
                && OrBetween().IsMatch(doc.Text.AsSpan(before.Span.End, after.Span.Start - before.Span.End)))
                d.Alternatives.Add(after);
        }
        d.Displacement = m.SubType == Other && m.Trigger.In(doc.Text).StartsWith("Displacement", StringComparison.OrdinalIgnoreCase);
        if (d.Displacement)
            foreach (var a in d.Actors.Where(a => a.Actor is not null))
            {
                int from = Math.Max(sentence.Span.Start, a.Span.Start - 30);
                if (FightersAfter().IsMatch(doc.Text.AsSpan(a.Span.End, Math.Min(25, sentence.Span.End - a.Span.End)))
                    || FightersOf().IsMatch(doc.Text.AsSpan(from, a.Span.Start - from)))
                    d.Displaced.Add(a);
            }
        return d;
    }

    /// <summary>The side is named as what the deed was done to, not as its author (see <see cref="HarmObject"/>).</summary>
    private static bool IsTarget(string text, TextSpan sentence, TextSpan actor)
    {
        int from = Math.Max(sentence.Start, actor.Start - 60);
        int to = Math.Min(sentence.End, actor.End + 60);
        return HarmObject().IsMatch(text.AsSpan(from, actor.Start - from)) || HarmedSubject().IsMatch(text.AsSpan(actor.End, to - actor.End));
    }

    private static int PlaceScore(PlaceMention p) =>
        (p.Use is PlaceUse.Located or PlaceUse.Near ? 4 : 0) + p.Place.Kind switch
        {
            PlaceKind.Town or PlaceKind.Landmark => 3,
            PlaceKind.Admin2 or PlaceKind.Admin1 => 2,
            // "in northwestern Yemen (Abs, Hajjah)": any named part of the country says more than the country.
            PlaceKind.Country => -3,
            _ => 0,
        };

    private static int Distance(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : a.Start >= b.End ? a.Start - b.End : 0;

    /// <summary>Deaths told in a sentence without a trigger ("the toll rose to 30") belong to the event just told in that paragraph.</summary>
    private static void AttachContextDeaths(AnnotatedDocument doc, List<EventDraft> drafts, List<EventMention> mentions)
    {
        var eventSentences = mentions.Select(m => m.Sentence).ToHashSet();
        foreach (var f in doc.Fatalities)
        {
            var sentence = doc.SentenceOf(f.Span);
            if (eventSentences.Contains(sentence.Index)) continue;
            var target = drafts.LastOrDefault(d => d.FirstSentence < sentence.Index && doc.Sentences[d.FirstSentence].Paragraph == sentence.Paragraph);
            target?.Deaths.Add(f);
        }
    }

    [GeneratedRegex(@"\b(?:killed|killing|injur\w*|wound\w*|dead|died|casualt\w*|hurt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Harm();

    /// <summary>
    /// Civilians said to be killed or hurt in a sentence without a trigger of its own ("3 citizens were reported killed")
    /// are the victims of the violent event just told in that paragraph.
    /// </summary>
    private static void AttachContextVictims(AnnotatedDocument doc, List<EventDraft> drafts, List<EventMention> mentions)
    {
        var eventSentences = mentions.Select(m => m.Sentence).ToHashSet();
        foreach (var a in doc.Actors)
        {
            if (a.Role is not { Inter: 7 }) continue;
            var sentence = doc.SentenceOf(a.Span);
            if (eventSentences.Contains(sentence.Index) || !Harm().IsMatch(sentence.Span.In(doc.Text))) continue;
            var target = drafts.LastOrDefault(d => d.FirstSentence < sentence.Index && doc.Sentences[d.FirstSentence].Paragraph == sentence.Paragraph);
            if (target is { EventType: Battles or Explosions or ViolenceAgainstCivilians } && !target.Actors.Any(x => x.Role is { Inter: 7 })) target.Actors.Add(a);
        }
    }

    /// <summary>
    /// An event with no place in its sentences takes the report's main located place (the most told, in the report's
    /// main country when it has one there: a Venezuelan story's "links in Florida" is not where it happened), else its
    /// main country.
    /// </summary>
    private void FillMissingPlaces(AnnotatedDocument doc, List<EventDraft> events)
    {
        string? mainCountry = doc.MainCountry;
        var located = doc.Places.Where(p => p.Use is PlaceUse.Located or PlaceUse.Near && p.Place.Kind is PlaceKind.Town or PlaceKind.Landmark or PlaceKind.Admin1);
        if (mainCountry is not null) located = located.Where(p => p.Place.CountryCode == mainCountry);
        PlaceMention? main = located
            .GroupBy(p => p.Place).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start)
            .Select(g => g.First()).FirstOrDefault();
        foreach (var e in events.Where(e => e.Place is null))
        {
            // Past events told as context happened elsewhere as often as not: they get the country, not the lead's town.
            if (main is not null && !IsBackground(doc, e, events)) { e.Place = main; continue; }
            var country = doc.CountryWeights.OrderByDescending(kv => kv.Value).Select(kv => gazetteer.CountryByCode(kv.Key)).FirstOrDefault(c => c is not null);
            country ??= e.NamedActors.Select(a => a.WorksIn).Concat(e.Actors.Select(a => a.Role?.Country))
                .Select(iso3 => iso3 is null ? null : gazetteer.CountryByIso3(iso3)).FirstOrDefault(c => c is not null);
            if (country is not null) e.Place = new PlaceMention(default, gazetteer.CountryPlace(country), PlaceUse.Plain, []);
        }
    }

    /// <summary>The report's news day: the date of the first event it tells, else its publication date.</summary>
    private static DateOnly? NewsDay(AnnotatedDocument doc, List<EventDraft> events) =>
        events.Select(e => e.Date).FirstOrDefault(d => d is not null) ?? doc.Document.Published;

    private static bool IsBackground(AnnotatedDocument doc, EventDraft e, List<EventDraft> events) =>
        NewsDay(doc, events) is { } nd && e.Date is { } d && d < nd.AddDays(-(BackgroundDays - 1));

    private List<CodedEvent> Finish(AnnotatedDocument doc, List<EventDraft> events)
    {
        foreach (var e in events) SubTypeChecks.RefineProtest(doc, e);
        var roles = events.Select(e => IsBackground(doc, e, events) ? EventRole.Background : EventRole.Secondary).ToList();
        // The primary event is the one the report tells most (in the most sentences), the first of those when tied:
        // a full article returns to its story, and recalls other events once in passing.
        // A short report (a coder's note, a snippet) tells its news first.
        bool article = doc.Sentences.Count >= ArticleSentences;
        int primary = -1;
        for (int i = 0; i < events.Count; i++)
            if (roles[i] == EventRole.Secondary && (primary < 0 || article && Told(events[i]) > Told(events[primary]))) primary = i;
        if (primary < 0) primary = 0;
        roles[primary] = EventRole.Primary;
        if (!article) TakeTollOfRetelling(doc, events, roles, primary);
        var sources = SourceLine(doc);
        var eventSentences = events.SelectMany(e => e.Sentences).ToHashSet();
        return events.Select((e, i) => Build(doc, e, i, roles[i], sources, eventSentences)).ToList();
    }

    /// <summary>
    /// A short report that tells its violent news first and its toll in a sentence read as another event of the same
    /// day and paragraph ("Clashes in A and B resulted in fatalities, coded as 10 and split between the 2 areas"):
    /// when the news itself has no toll and exactly one such retelling has, the toll is the news event's (moved, not
    /// copied, so it is counted once).
    /// </summary>
    private static void TakeTollOfRetelling(AnnotatedDocument doc, List<EventDraft> events, List<EventRole> roles, int primary)
    {
        var news = events[primary];
        if (news.Deaths.Count > 0 || !IsViolent(news)) return;
        int paragraph = doc.Sentences[news.FirstSentence].Paragraph;
        var donors = events.Where((e, i) => i != primary && roles[i] != EventRole.Background && e.Deaths.Count > 0 && IsViolent(e)
                                            && e.Date == news.Date && doc.Sentences[e.FirstSentence].Paragraph == paragraph).ToList();
        if (donors.Count != 1) return;
        // The retelling names the news's place (or none of its own); "Separately, ... in another town" is another event.
        var donor = donors[0];
        string told = string.Join(" ", donor.Sentences.Distinct().Select(i => doc.Sentences[i].Span.Of(doc.Text)));
        if (SeparateEventOpening().IsMatch(told)) return;
        bool samePlace = !donor.PlaceStated || news.Place is null || donor.Place?.Place == news.Place.Place
                         || donor.Place?.Place is { Admin1: { } a1 } dp && dp.CountryCode == news.Place.Place.CountryCode && a1 == news.Place.Place.Admin1
                         || news.Place.Span.Length > 0 && told.Contains(news.Place.Span.Of(doc.Text), StringComparison.OrdinalIgnoreCase);
        if (!samePlace) return;
        news.Deaths.AddRange(donors[0].Deaths);
        donors[0].Deaths.Clear();
    }

    private static bool IsViolent(EventDraft e) => e.EventType is Battles or Explosions or ViolenceAgainstCivilians;

    [GeneratedRegex(@"^\s*(?:separately|elsewhere|meanwhile|in\s+(?:another|a\s+separate)|also)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeparateEventOpening();

    /// <summary>Reports this long (sentences) are articles, whose primary event is the one told most.</summary>
    internal const int ArticleSentences = 8;

    private static int Told(EventDraft e) => e.Sentences.Distinct().Count();

    private static string SourceLine(AnnotatedDocument doc)
    {
        var names = new List<string>();
        if (!string.IsNullOrWhiteSpace(doc.Document.Source)) names.Add(doc.Document.Source!);
        foreach (var s in doc.Sources)
            if (!names.Contains(s.Name, StringComparer.OrdinalIgnoreCase)) names.Add(s.Name);
        return string.Join("; ", names);
    }

    /// <summary>
    /// The sentences that tell an event: its own, and those after each of them in its paragraph that tell no other event
    /// ("Shells hit Kafr Nabl. No casualties were reported.").
    /// </summary>
    private static IEnumerable<int> ToldIn(AnnotatedDocument doc, EventDraft e, HashSet<int> eventSentences)
    {
        var told = new SortedSet<int>();
        foreach (int first in e.Sentences)
        {
            told.Add(first);
            for (int s = first + 1; s < doc.Sentences.Count && !eventSentences.Contains(s) && doc.Sentences[s].Paragraph == doc.Sentences[first].Paragraph; s++)
                told.Add(s);
        }
        return told;
    }

    private CodedEvent Build(AnnotatedDocument doc, EventDraft e, int index, EventRole role, string sources, HashSet<int> eventSentences)
    {
        string text = doc.Text;
        var evidence = new List<Evidence>();
        void Cite(string field, TextSpan span) { if (span.Length > 0) evidence.Add(new Evidence(field, span.Start, span.End, span.Of(text))); }
        foreach (var t in e.Triggers) Cite("event_type", t);

        var place = e.Place?.Place;
        var country = place is null ? null : gazetteer.CountryByCode(place.CountryCode);
        if (e.Place is not null && e.PlaceStated) Cite("location", e.Place.Span);
        if (e.Time is not null && e.TimeStated) Cite("event_date", e.Time.Span);

        var date = e.Date ?? doc.Document.Published;
        // Harm denied or injuries told: what merging compares besides the death count, and whether people were hurt.
        var harm = ToldIn(doc, e, eventSentences).SelectMany(s => HarmStatements.Read(text, doc.Sentences[s].Span)).ToList();
        e.HarmsPeople = e.Deaths.Any(f => f.Count.Best > 0) || harm.Any(h => h.Kind == HarmKind.Injuries);
        var (a1, assoc1, a2, assoc2) = _actors.Assign(e, country?.Name, country?.Iso3, date, place?.Admin1,
            place is { Kind: PlaceKind.Town or PlaceKind.Landmark } ? (place.EventPoint.Latitude, place.EventPoint.Longitude) : null);
        foreach (var a in e.Actors)
            if (a.Role is not null || a.Actor?.Name == a1.Name || a.Actor?.Name == a2?.Name || a.Via is not null)
                Cite("actor", a.Span);

        string[] placeNames = e.Place is { } pm ? [pm.Span.Of(text), pm.Place.Name] : [];
        var deaths = FatalityShares.Apply(doc, e.Deaths, FatalityShares.AddSuicideBombers(doc, e.Sentences, e.Deaths, FatalityCombiner.Combine(e.Deaths)), doc.Sentences[e.FirstSentence].Span.Of(text), placeNames);
        foreach (var f in e.Deaths) Cite("fatalities", f.Span);
        foreach (var (kind, span) in harm) Cite(HarmStatements.Field(kind), span);

        var firstSentence = doc.Sentences[e.FirstSentence].Span.Of(text);
        return new CodedEvent
        {
            DocumentId = doc.Document.Id,
            Index = index,
            Role = role,
            Date = date,
            TimePrecision = e.Time?.Precision ?? 2,
            DateConflict = e.TimeStated ? e.Time?.Conflict : null,
            EventType = e.EventType,
            SubEventType = e.SubType,
            Actor1 = a1.Name,
            AssocActor1 = assoc1,
            Inter1 = a1.Inter,
            Actor2 = a2?.Name,
            AssocActor2 = assoc2,
            Inter2 = a2?.Inter ?? 0,
            CivilianTargeting = (a2?.Inter == 7 || a1.Inter == 7) && e.EventType is ViolenceAgainstCivilians or Explosions,
            Country = place?.Country,
            Iso3 = place?.Iso3,
            Admin1 = place?.Admin1,
            Admin2 = place?.Admin2,
            Location = LocationName(doc, e),
            Latitude = place?.EventPoint.Latitude,
            Longitude = place?.EventPoint.Longitude,
            GeoPrecision = GeoPrecision(e),
            Fatalities = deaths.Best,
            FatalitiesLow = deaths.Low,
            FatalitiesHigh = deaths.High,
            FatalitiesBySide = SideCounts(doc, e, country?.Name ?? "Unknown", country?.Iso3),
            Source = sources,
            Notes = firstSentence.Length > 600 ? firstSentence[..600] : firstSentence,
            Confidence = Confidence(e, a1, a2),
            Evidence = evidence,
        };
    }

    /// <summary>
    /// The location as the report names it when it named the town itself ("Basra", not GeoNames' "Basrah"), as
    /// ACLED's coders write it; a landmark with its town ("Baghdad (Green Zone)"); a unit or country by its name.
    /// </summary>
    private static string? LocationName(AnnotatedDocument doc, EventDraft e)
    {
        if (e.Place is not { } m) return null;
        var p = m.Place;
        return p.Kind switch
        {
            PlaceKind.Country => p.Country,
            PlaceKind.Landmark => p.Parent is null ? p.Name : $"{p.Parent} ({p.Name})",
            PlaceKind.Town when m.Span.Length > 0 => Surface(m.Span.Of(doc.Text), p.Name),
            _ => p.Name,
        };
    }

    /// <summary>The written form, unless it is only a lower-case or shape-matched variant of the gazetteer's name.</summary>
    private static string Surface(string written, string name) =>
        written.Length > 0 && char.IsUpper(written[0]) && !written.Contains('\n') ? written : name;

    private static int GeoPrecision(EventDraft e)
    {
        if (e.Place is null) return 3;
        return e.Place.Place.Kind switch
        {
            PlaceKind.Town or PlaceKind.Landmark => e.Place.Use == PlaceUse.Near ? 2 : 1,
            _ => 3,
        };
    }

    private static double Confidence(EventDraft e, CodedActor a1, CodedActor? a2)
    {
        double c = 0.4 + Math.Min(0.2, e.Priority / 500.0);
        if (e.NamedActors.Any() || a2 is not null) c += 0.15;
        if (e.PlaceStated) c += 0.1;
        if (e.TimeStated) c += 0.1;
        if (e.Triggers.Count > 1) c += 0.05;
        return Math.Round(Math.Min(c, 0.95), 2);
    }

    /// <summary>Deaths per side when a count lists its parts ("3 ... from X and 2 ... from Y").</summary>
    private IReadOnlyList<SideCount> SideCounts(AnnotatedDocument doc, EventDraft e, string countryName, string? iso3)
    {
        var sides = new List<SideCount>();
        foreach (var f in e.Deaths.Where(f => f.Parts.Count > 1))
        {
            for (int i = 0; i < f.Parts.Count; i++)
            {
                int end = i + 1 < f.Parts.Count ? f.Parts[i + 1].Span.Start : Math.Min(doc.Text.Length, f.Parts[i].Span.End + 80);
                var side = doc.Actors.FirstOrDefault(a => a.Span.Start >= f.Parts[i].Span.End && a.Span.End <= end);
                if (side is null) continue;
                var actor = side.Actor is { IsPerson: true } p ? _actors.GroupOrSelf(p, true) : side.Actor;
                string name = actor?.Name ?? _actors.CodeRole(side.Role!, countryName, iso3, e.Date ?? doc.Document.Published).Name;
                sides.Add(new SideCount(name, f.Parts[i].Value.Best));
            }
        }
        // One line per side: a side named in two counts adds up.
        return sides.GroupBy(x => x.Side).Select(g => new SideCount(g.Key, g.Sum(x => x.Count))).ToList();
    }
}
