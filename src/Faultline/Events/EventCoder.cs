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
    /// <summary>Events dated this many days or more before the report's news day are background.</summary>
    private const int BackgroundDays = 2;

    [GeneratedRegex(@"\bby\s+(?:the\s+|some\s+|a\s+|an\s+)?(?:(?:members?|fighters|elements|militants|supporters|followers)\s+of\s+(?:the\s+)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ByAgent();

    [GeneratedRegex(@"^(?:\s+[A-Z]{2,6})?\s+(?:has\s+|have\s+)?(?:observed|reported|recorded|documented|monitored|noted|verified)\b")]
    private static partial Regex Observer();

    public IReadOnlyList<CodedEvent> Code(AnnotatedDocument doc)
    {
        var mentions = EventMentionFinder.Find(doc);
        if (mentions.Count == 0) return [];
        var drafts = mentions.Select(m => Reclassify(doc, Draft(doc, m))).ToList();
        AttachContextDeaths(doc, drafts, mentions);
        var events = ApplyOneEventRule(doc, drafts);
        FillMissingPlaces(doc, events);
        return Finish(doc, events);
    }

    private EventDraft Draft(AnnotatedDocument doc, EventMention m)
    {
        var sentence = doc.Sentences[m.Sentence];
        var d = new EventDraft(m);
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
        var places = doc.Places.Where(p => sentence.Span.Contains(p.Span) && p.Use is not (PlaceUse.Metonymic or PlaceUse.Modifier)).ToList();
        string? mainCountry = doc.CountryWeights.Count == 0 ? null : doc.CountryWeights.MaxBy(kv => kv.Value).Key;
        var place = places.OrderByDescending(p => PlaceScore(p) + (p.Place.CountryCode == mainCountry ? 2 : 0))
            .ThenBy(p => Distance(p.Span, m.Trigger)).FirstOrDefault();
        if (place is not null) { d.Place = place; d.PlaceStated = true; }
        else
        {
            d.Place = doc.Places.LastOrDefault(p => p.Span.End <= sentence.Span.Start && p.Use is PlaceUse.Located or PlaceUse.Near
                && p.Place.Kind != PlaceKind.Country && doc.Sentences.First(s => s.Span.Contains(p.Span)).Paragraph == sentence.Paragraph);
        }
        foreach (var a in doc.Actors.Where(a => sentence.Span.Contains(a.Span)))
        {
            // Monitors and reporters ("the OSCE SMM observed", "HRW documented") are sources, not sides.
            if (Observer().IsMatch(doc.Text.AsSpan(a.Span.End, Math.Min(30, doc.Text.Length - a.Span.End)).ToString())) continue;
            d.Actors.Add(a);
            int from = Math.Max(sentence.Span.Start, a.Span.Start - 45);
            if (d.PassiveAgent is null && a.Span.Start > m.Trigger.Start && ByAgent().IsMatch(doc.Text.AsSpan(from, a.Span.Start - from).ToString()))
                d.PassiveAgent = a;
        }
        d.Deaths.AddRange(doc.Fatalities.Where(f => sentence.Span.Contains(f.Span)));
        return d;
    }

    [GeneratedRegex(@"\b(?:soldiers?|troops|forces|military|militiamembers?|trainers?|servicem[ae]n|police(?:m[ae]n|\s+officers?)?|officers?|policem[ae]n|gendarmes?|guards?|fighters?|militants?|militiam[ae]n|rebels?|insurgents?|combatants?|jihadists?|members\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:forces|army|militia|brigades?|group)|commanders?|colonel|major|captain|lieutenant|sergeant|general|elements|personnel|conscripts?|recruits?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArmedPeople();

    [GeneratedRegex(@"\b(?:civilians?|citizens?|villagers|residents|farmers|herders|shepherds?|wom[ae]n|(?<!armed\s)(?<!masked\s)m[ae]n|children|child|boy|girl|journalists?|teachers?|students?|worshippers|passengers|family|demonstrators?|protesters?|spies|mukhtar|homes?|house|huts?|prisoners?|detainees?|captives?|hostages?|people|persons?|villages?|sellers?|vendors?|drivers?|traders?|shops?|markets?|smugglers?|IDPs?|refugees?|migrants?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Civilians();

    /// <summary>
    /// The coder's check on victims: an "attack" whose victims are armed (soldiers, police, fighters) and no
    /// civilians is an armed clash, as ACLED codes it.
    /// </summary>
    [GeneratedRegex(@"\b(?:rioters|protesters|demonstrators|crowds?|mobs?|youths|community\s+members|angry\s+(?:residents|villagers)|supporters|fans|tear\s*-?gas|rubber(?:-coated)?\s+(?:steel\s+)?(?:bullets|rounds)|stones|rocks|molotov|tyres|tires)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CrowdWords();

    [GeneratedRegex(@"\b(?:mobs?|community\s+members|angry\s+(?:residents|villagers)|fans|vigilantes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MobWords();

    [GeneratedRegex(@"\b(?:army|armed\s+forces|government\s+(?:forces|troops)|regime\s+(?:forces|troops)|troops|soldiers|military|security\s+forces|police|national\s+guard|pro-government\s+forces|(?:[A-Z][a-z]+\s+)?forces\s+loyal\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StateSubject();

    [GeneratedRegex(@"\b(?:turned\s+violent|violent\s+(?:protests?|demonstrations?|clashes|riots?)|escalating\s+violence|scene\s+of\s+(?:[\w-]+\s+)?violence|vandali[sz]\w*|loot(?:ed|ing)|debris|smash\w*|set\s+(?:[\w-]+\s+){0,3}on\s+fire|torch(?:ed|ing)|rampage)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RiotSigns();

    private static EventDraft Reclassify(AnnotatedDocument doc, EventDraft d)
    {
        string sentence = doc.Sentences[d.FirstSentence].Span.Of(doc.Text);
        // Who took the ground decides the territorial sub-type: the state regains, a non-state actor overtakes.
        if (d.SubType is NonStateOvertakesTerritory or GovernmentRegainsTerritory)
        {
            int at = d.Triggers[0].Start - doc.Sentences[d.FirstSentence].Span.Start;
            bool state = StateSubject().IsMatch(sentence[..Math.Max(0, at)]);
            d.SubType = state ? GovernmentRegainsTerritory : d.SubType == GovernmentRegainsTerritory && !StateSubject().IsMatch(sentence) ? NonStateOvertakesTerritory : d.SubType;
            return d;
        }
        if (d.SubType == PeacefulProtest && RiotSigns().IsMatch(sentence))
        {
            (d.SubType, d.Priority) = (ViolentDemonstration, 60);
            return d;
        }
        // Violence by a crowd is a riot, whoever it fought: rioters clashing with soldiers is no armed clash.
        if (d.SubType is ArmedClash or Attack && d.Priority < 70 && CrowdWords().IsMatch(sentence))
        {
            (d.SubType, d.Priority) = MobWords().IsMatch(sentence) ? (MobViolence, 58) : (ViolentDemonstration, 60);
            return d;
        }
        if (d.SubType != Attack) return d;
        // Executing or assassinating someone is one-sided violence whoever the victim was.
        var trigger = d.Triggers[0];
        bool oneSided = Regex.IsMatch(trigger.Of(doc.Text), @"execut|behead|assassinat|tortur", RegexOptions.IgnoreCase);
        // The victims are named next to the verb: its object, or its subject when passive ("2 soldiers were killed").
        var span = doc.Sentences[d.FirstSentence].Span;
        int from = Math.Max(span.Start, trigger.Start - 70), to = Math.Min(span.End, trigger.End + 80);
        string victims = doc.Text[from..to];
        if (!oneSided && ArmedPeople().IsMatch(victims) && !Civilians().IsMatch(victims))
        {
            d.SubType = ArmedClash;
            d.Priority = 65;
        }
        return d;
    }

    private static int PlaceScore(PlaceMention p) =>
        (p.Use is PlaceUse.Located or PlaceUse.Near ? 4 : 0) + p.Place.Kind switch
        {
            PlaceKind.Town or PlaceKind.Landmark => 3,
            PlaceKind.Admin2 or PlaceKind.Admin1 => 2,
            _ => 0,
        };

    private static int Distance(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : a.Start >= b.End ? a.Start - b.End : 0;

    /// <summary>Deaths told in a sentence without a trigger ("the toll rose to 30") belong to the event just told in that paragraph.</summary>
    private static void AttachContextDeaths(AnnotatedDocument doc, List<EventDraft> drafts, List<EventMention> mentions)
    {
        var eventSentences = mentions.Select(m => m.Sentence).ToHashSet();
        foreach (var f in doc.Fatalities)
        {
            var sentence = doc.Sentences.First(s => s.Span.Contains(f.Span));
            if (eventSentences.Contains(sentence.Index)) continue;
            var target = drafts.LastOrDefault(d => d.FirstSentence < sentence.Index && doc.Sentences[d.FirstSentence].Paragraph == sentence.Paragraph);
            target?.Deaths.Add(f);
        }
    }

    private static List<EventDraft> ApplyOneEventRule(AnnotatedDocument doc, List<EventDraft> drafts)
    {
        var events = new List<EventDraft>();
        foreach (var d in drafts)
        {
            // A bare "killed"/"attacked" with no date or place of its own elaborates the event just told
            // ("The attack left two dead", "X claimed to have killed 4").
            if (d.Priority == TriggerLexicon.GenericViolencePriority && !d.TimeStated && !d.PlaceStated &&
                events.LastOrDefault() is { } previous && doc.Sentences[previous.Sentences[^1]].Paragraph == doc.Sentences[d.FirstSentence].Paragraph)
            {
                previous.Absorb(d);
                continue;
            }
            var same = events.FirstOrDefault(e => SameEvent(e, d));
            if (same is null) events.Add(d);
            else same.Absorb(d);
        }
        return events;
    }

    /// <summary>Same day, same place, compatible actors and the same kind of activity make one event (CODEBOOK).</summary>
    private static bool SameEvent(EventDraft a, EventDraft b)
    {
        if (!SameKind(a, b)) return false;
        if (a.Date != b.Date) return false;
        if (a.Place is not null && b.Place is not null && !SamePlace(a.Place.Place, b.Place.Place)) return false;
        var namedA = a.NamedActors.Select(x => x.Id).ToHashSet();
        var namedB = b.NamedActors.Select(x => x.Id).ToList();
        if (namedA.Count > 0 && namedB.Count > 0 && !namedB.Any(namedA.Contains)) return false;
        return true;
    }

    private static bool SameKind(EventDraft a, EventDraft b)
    {
        // Strategic developments are unlike one another: a burning of offices is not their closure.
        if (a.EventType == StrategicDevelopments || b.EventType == StrategicDevelopments) return a.SubType == b.SubType;
        if (a.EventType == b.EventType) return true;
        // A riot is the protest or clash it grew out of; shelling answered by fire is one battle.
        if (IsConfrontation(a.EventType) && IsConfrontation(b.EventType) && (a.EventType == Riots || b.EventType == Riots)) return true;
        return (a.EventType, b.EventType) is (Battles, Explosions) or (Explosions, Battles);
    }

    private static bool IsConfrontation(string type) => type is Battles or Riots or Protests;

    private static bool SamePlace(Place a, Place b)
    {
        if (a.CountryCode != b.CountryCode) return false;
        if (a == b) return true;
        if (a.Kind is PlaceKind.Country or PlaceKind.Admin1 || b.Kind is PlaceKind.Country or PlaceKind.Admin1)
            return a.Kind == PlaceKind.Country || b.Kind == PlaceKind.Country || a.Admin1 == b.Admin1;
        return Geo.DistanceKm(a.Latitude, a.Longitude, b.Latitude, b.Longitude) < 15;
    }

    /// <summary>An event with no place in its sentences takes the report's main located place, else its main country.</summary>
    private void FillMissingPlaces(AnnotatedDocument doc, List<EventDraft> events)
    {
        PlaceMention? main = doc.Places
            .Where(p => p.Use is PlaceUse.Located or PlaceUse.Near && p.Place.Kind is PlaceKind.Town or PlaceKind.Landmark or PlaceKind.Admin1)
            .GroupBy(p => p.Place).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start)
            .Select(g => g.First()).FirstOrDefault();
        foreach (var e in events.Where(e => e.Place is null))
        {
            // Past events told as context happened elsewhere as often as not: they get the country, not the lead's town.
            if (main is not null && !IsBackground(doc, e, events)) { e.Place = main; continue; }
            var country = doc.CountryWeights.OrderByDescending(kv => kv.Value).Select(kv => gazetteer.CountryByCode(kv.Key)).FirstOrDefault(c => c is not null);
            country ??= e.NamedActors.Select(a => a.Country is null ? null : gazetteer.CountryByIso3(a.Country)).FirstOrDefault(c => c is not null);
            if (country is not null) e.Place = new PlaceMention(default, gazetteer.CountryPlace(country), PlaceUse.Plain, []);
        }
    }

    /// <summary>The report's news day: the date of the first event it tells, else its publication date.</summary>
    private static DateOnly? NewsDay(AnnotatedDocument doc, List<EventDraft> events) =>
        events.Select(e => e.Date).FirstOrDefault(d => d is not null) ?? doc.Document.Published;

    private static bool IsBackground(AnnotatedDocument doc, EventDraft e, List<EventDraft> events) =>
        NewsDay(doc, events) is { } nd && e.Date is { } d && d < nd.AddDays(-(BackgroundDays - 1));

    [GeneratedRegex(@"\b(?:(?:police|security\s+forces|authorities|troops|soldiers|military\s+forces|gendarmes?|riot\s+police)\b[^.;]{0,60}?\b(?:arrest(?:ed|ing)?|detain(?:ed|ing)?|dispers(?:ed|ing)|intervened|broke\s+up|removed|moved\s+(?:[\w-]+\s+){0,3}out|prevented|stopped|blocked|beat|fined)|(?:were|was)\s+(?:dispersed|arrested|detained)|tear\s*-?gas|water\s+cannons?|rubber\s+bullets|(?:arrested|detained)\s+(?:[\w-]+\s+){0,3}(?:protesters|demonstrators|participants|activists|members))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Intervention();

    [GeneratedRegex(@"\b(?:protesters?|demonstrators?|participants?)\b[^.;]{0,60}?\b(?:(?:were|was)\s+)?(?:killed|shot\s+dead|shot)\b|\b(?:live\s+(?:ammunition|fire|rounds)|opened\s+fire\s+on\s+(?:the\s+)?(?:protesters|demonstrators|crowd))", RegexOptions.IgnoreCase)]
    private static partial Regex LethalForce();

    /// <summary>
    /// A protest's sub-type depends on what the state did, often told in a later sentence ("Police arrested 2"):
    /// the event's paragraph decides between peaceful, with intervention, and excessive force.
    /// </summary>
    private static void RefineProtest(AnnotatedDocument doc, EventDraft e)
    {
        if (e.EventType != Protests) return;
        int paragraph = doc.Sentences[e.FirstSentence].Paragraph;
        string told = string.Join(" ", doc.Sentences.Where(s => s.Paragraph == paragraph && s.Index >= e.FirstSentence).Select(s => s.Span.Of(doc.Text)));
        if (LethalForce().IsMatch(told)) (e.SubType, e.Priority) = (ExcessiveForce, 68);
        else if (Intervention().IsMatch(told)) (e.SubType, e.Priority) = (ProtestWithIntervention, 55);
    }

    private List<CodedEvent> Finish(AnnotatedDocument doc, List<EventDraft> events)
    {
        foreach (var e in events) RefineProtest(doc, e);
        var roles = events.Select(e => IsBackground(doc, e, events) ? EventRole.Background : EventRole.Secondary).ToList();
        int primary = roles.IndexOf(EventRole.Secondary);
        if (primary < 0) primary = 0;
        roles[primary] = EventRole.Primary;
        var sources = SourceLine(doc);
        return events.Select((e, i) => Build(doc, e, i, roles[i], sources)).ToList();
    }

    private static string SourceLine(AnnotatedDocument doc)
    {
        var names = new List<string>();
        if (!string.IsNullOrWhiteSpace(doc.Document.Source)) names.Add(doc.Document.Source!);
        foreach (var s in doc.Sources)
            if (!names.Contains(s.Name, StringComparer.OrdinalIgnoreCase)) names.Add(s.Name);
        return string.Join("; ", names);
    }

    private CodedEvent Build(AnnotatedDocument doc, EventDraft e, int index, EventRole role, string sources)
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
        var (a1, assoc1, a2, assoc2) = AssignActors(e, country?.Name, country?.Iso3, date);
        foreach (var a in e.Actors)
            if (a.Role is not null || a.Actor?.Name == a1.Name || a.Actor?.Name == a2?.Name || a.Via is not null)
                Cite("actor", a.Span);

        var deaths = FatalityCombiner.Combine(e.Deaths);
        foreach (var f in e.Deaths) Cite("fatalities", f.Span);

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
            Latitude = place?.Latitude,
            Longitude = place?.Longitude,
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
                var actor = side.Actor is { IsPerson: true } p ? GroupOrSelf(p, true) : side.Actor;
                string name = actor?.Name ?? CodeRole(side.Role!, countryName, iso3, e.Date ?? doc.Document.Published).Name;
                sides.Add(new SideCount(name, f.Parts[i].Value.Best));
            }
        }
        // One line per side: a side named in two counts adds up.
        return sides.GroupBy(x => x.Side).Select(g => new SideCount(g.Key, g.Sum(x => x.Count))).ToList();
    }

    private Actor GroupOrSelf(Actor person, bool armed) => new ActorFinder(kb).GroupOf(person, armed) ?? person;

    /// <summary>An actor as coded on an event row: its ACLED name and inter code.</summary>
    private sealed record CodedActor(string Name, int Inter);

    private (CodedActor A1, string? Assoc1, CodedActor? A2, string? Assoc2) AssignActors(EventDraft e, string? countryName, string? iso3, DateOnly? date)
    {
        bool violent = e.EventType is Battles or Explosions or ViolenceAgainstCivilians;
        var named = new List<CodedActor>();
        var civilians = new List<CodedActor>();
        var armedRoles = new List<CodedActor>();
        var stateRoles = new List<CodedActor>();
        string cname = countryName ?? "Unknown";
        var ordered = e.PassiveAgent is null ? e.Actors : e.Actors.OrderBy(a => a == e.PassiveAgent ? 0 : 1).ToList();
        foreach (var m in ordered)
        {
            if (m.Actor is { } actor)
            {
                var a = actor.IsPerson ? GroupOrSelf(actor, violent) : actor;
                // ACLED names a government only for what it decides; when it fights, its forces are the actor.
                var coded = violent && a.Name.StartsWith("Government of ", StringComparison.Ordinal) && a.Country is not null
                    ? StateForce(a.Country, a.Name, police: false, date)
                    : new CodedActor(DatedStateName(a, date), a.Inter ?? DefaultInter(a));
                AddDistinct(named, coded);
            }
            else if (m.Role is { } role)
            {
                var coded = m.Country is { } own && own != iso3
                    ? CodeRole(role, gazetteer.CountryByIso3(own)?.Name ?? cname, own, date)
                    : CodeRole(role, cname, iso3, date);
                var list = role.Inter switch { 7 => civilians, 1 => stateRoles, 6 or 5 => null, _ => armedRoles };
                if (list is not null) AddDistinct(list, coded);
            }
        }
        var state = stateRoles.Concat(named.Where(n => n.Inter == 1)).ToList();
        string? Assoc(IEnumerable<CodedActor> xs) { var s = string.Join("; ", xs.Select(x => x.Name).Distinct()); return s.Length == 0 ? null : s; }

        switch (e.EventType)
        {
            case Protests:
            {
                var a1 = new CodedActor($"Protesters ({cname})", 6);
                var a2 = e.SubType == PeacefulProtest ? null : state.FirstOrDefault() ?? StateForce(iso3, cname, police: true, date);
                return (a1, Assoc(named.Where(n => n.Inter != 1)), a2, null);
            }
            case Riots:
            {
                var a1 = e.SubType == MobViolence ? new CodedActor($"Rioters ({cname})", 5) : named.FirstOrDefault(n => n.Inter != 1) is { } g && e.SubType == ViolentDemonstration && g.Inter is 2 or 3
                    ? g : new CodedActor($"Rioters ({cname})", 5);
                var rest = named.Where(n => n != a1).ToList();
                var a2 = state.FirstOrDefault() ?? civilians.FirstOrDefault() ?? rest.FirstOrDefault(n => n.Inter != 1);
                return (a1, a1.Inter == 5 ? Assoc(rest.Where(n => n.Inter != 1 && n != a2)) : null, a2, null);
            }
            case ViolenceAgainstCivilians:
            {
                var a1 = named.FirstOrDefault(n => n.Inter != 7) ?? armedRoles.FirstOrDefault() ?? state.FirstOrDefault() ?? new CodedActor($"Unidentified Armed Group ({cname})", 3);
                var a2 = civilians.FirstOrDefault() ?? named.FirstOrDefault(n => n.Inter == 7) ?? new CodedActor($"Civilians ({cname})", 7);
                return (a1, null, a2, null);
            }
            default:
            {
                var sides = named.Concat(state).Concat(armedRoles).Distinct().ToList();
                if (sides.Count == 0 && violent) sides.Add(new CodedActor($"Unidentified Armed Group ({cname})", 3));
                if (sides.Count == 0) sides.AddRange(civilians);
                if (sides.Count == 0) sides.Add(new CodedActor($"Unidentified Actor ({cname})", 8));
                var a1 = sides[0];
                var a2 = sides.Skip(1).FirstOrDefault(s => s.Name != a1.Name) ?? (violent ? civilians.FirstOrDefault() : null);
                return (a1, null, a2, null);
            }
        }
    }

    [GeneratedRegex(@"^(?<branch>Military|Police) Forces of .+? \(\d{4}-\d{0,4}\)(?<unit>.*)$")]
    private static partial Regex StateForcesName();

    /// <summary>A state unit in the knowledge base ("Military Forces of Iraq (2022-) Popular Mobilization Forces") takes the period in force on the event's date.</summary>
    private string DatedStateName(Actor a, DateOnly? date)
    {
        var m = StateForcesName().Match(a.Name);
        if (!m.Success || a.Country is null || kb.StateForcesOf(a.Country) is not { } sf) return a.Name;
        string unit = m.Groups["unit"].Value;
        string prefix = a.Name[..^unit.Length];
        // Only the country's own state lineage is re-dated; a rival authority ("... (2016-) Supreme Political Council") keeps its name.
        bool ownLineage = prefix == sf.Military || prefix == sf.Police || sf.Periods.Any(p => p.Military == prefix || p.Police == prefix);
        if (!ownLineage) return a.Name;
        var (military, police) = sf.On(date);
        return (m.Groups["branch"].Value == "Police" ? police : military) + unit;
    }

    private static void AddDistinct(List<CodedActor> list, CodedActor a) { if (!list.Any(x => x.Name == a.Name)) list.Add(a); }

    private CodedActor CodeRole(GenericRole role, string countryName, string? iso3, DateOnly? date)
    {
        if (role.Inter == 1 && iso3 is not null)
            return StateForce(iso3, countryName, police: role.Role.StartsWith("police", StringComparison.OrdinalIgnoreCase), date);
        var sf = iso3 is null ? null : kb.StateForcesOf(iso3);
        return new CodedActor(role.NameFor(sf?.CountryName ?? countryName), role.Inter);
    }

    private CodedActor StateForce(string? iso3, string countryName, bool police, DateOnly? date)
    {
        var sf = iso3 is null ? null : kb.StateForcesOf(iso3);
        if (sf is null) return new CodedActor($"{(police ? "Police" : "Military")} Forces of {countryName}", 1);
        var (military, policeName) = sf.On(date);
        return new CodedActor(police ? policeName : military, 1);
    }

    private static int DefaultInter(Actor a) => a.Kind switch
    {
        "government" => 1,
        "party" or "organisation" or "movement" => 8,
        _ => 3,
    };
}
