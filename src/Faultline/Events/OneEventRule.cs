using System.Text.RegularExpressions;
using Faultline.Pipeline;
using Faultline.Places;
using static Faultline.Events.EventTaxonomy;

namespace Faultline.Events;

/// <summary>
/// The CODEBOOK's one-event rule inside a report: same day, same place, compatible actors and the same kind of
/// activity make one event, so the mentions of it are folded together.
/// </summary>
internal static partial class OneEventRule
{
    /// <summary>A deed named by a definite noun ("the attack", "these bombings", "the blast"): a reference to one already known.</summary>
    [GeneratedRegex(@"\b(?:the|this|that|these|those)\s+(?:[\w'’-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex DefiniteBefore();

    [GeneratedRegex(@"^(?:attacks?|assaults?|bombings?|blasts?|explosions?|shootings?|killings?)$", RegexOptions.IgnoreCase)]
    private static partial Regex DeedNoun();

    public static List<EventDraft> Apply(AnnotatedDocument doc, List<EventDraft> drafts)
    {
        var events = new List<EventDraft>();
        bool article = doc.Sentences.Count >= EventCoder.ArticleSentences;
        foreach (var d in drafts)
        {
            // A claim of responsibility names the author of the event just told; alone, it is no event.
            if (d.Claim)
            {
                if (events.LastOrDefault(e => e.EventType is Battles or Explosions or ViolenceAgainstCivilians) is { } told) told.Absorb(d);
                continue;
            }
            // A bare "killed"/"attacked" with no date or place of its own elaborates the event just told
            // ("The attack left two dead", "X claimed to have killed 4"). After a riot it does so even when the coder's
            // checks made it a clash ("Three soldiers were injured."), and the riot keeps its type: hurt soldiers make
            // it no battle.
            if (d.TriggerPriority == TriggerLexicon.GenericViolencePriority && !d.TimeStated && !d.PlaceStated &&
                events.LastOrDefault() is { } previous && doc.Sentences[previous.Sentences[^1]].Paragraph == doc.Sentences[d.FirstSentence].Paragraph
                && (d.Priority == TriggerLexicon.GenericViolencePriority || previous.EventType == Riots))
            {
                previous.Absorb(d, keepType: previous.EventType == Riots);
                continue;
            }
            // "the attack", "the bombings" with no day or place of their own name the deed already told, however many
            // paragraphs back ("Matanov had dinner with the suspects the night of the attack").
            if (!d.TimeStated && !d.PlaceStated && RefersBack(doc, d) && events.LastOrDefault(e => SameKind(e, d, article)) is { } referent)
            {
                referent.Absorb(d);
                continue;
            }
            // "7 soldiers were killed." after the clash or strike just told, with no other place or day: its toll.
            if (d.ReportsDeathsOnly && !d.PlaceStated && !drafts.Any(o => o.FirstSentence == d.FirstSentence && !o.ReportsDeathsOnly) && events.LastOrDefault() is { } told2 && told2.EventType is Battles or Explosions or ViolenceAgainstCivilians
                && (!d.TimeStated || d.Date == told2.Date) && doc.Sentences[told2.Sentences[^1]].Paragraph == doc.Sentences[d.FirstSentence].Paragraph)
            {
                told2.Absorb(d, keepType: true);
                continue;
            }
            var same = events.FirstOrDefault(e => SameEvent(e, d, article));
            if (same is null) events.Add(d);
            else same.Absorb(d);
        }
        return events;
    }

    /// <summary>The draft's trigger is a definite noun for a deed ("the attack", "those bombings").</summary>
    private static bool RefersBack(AnnotatedDocument doc, EventDraft d)
    {
        var trigger = d.Triggers[0];
        if (!DeedNoun().IsMatch(trigger.Of(doc.Text))) return false;
        int from = Math.Max(doc.Sentences[d.FirstSentence].Span.Start, trigger.Start - 40);
        return DefiniteBefore().IsMatch(doc.Text.AsSpan(from, trigger.Start - from));
    }

    /// <summary>Same day, same place, compatible actors and the same kind of activity make one event (CODEBOOK).</summary>
    private static bool SameEvent(EventDraft a, EventDraft b, bool article)
    {
        if (!SameKind(a, b, article)) return false;
        if (a.Date != b.Date) return false;
        if (a.Place is not null && b.Place is not null && !SamePlace(a.Place.Place, b.Place.Place)) return false;
        var namedA = a.NamedActors.Select(x => x.Id).ToHashSet();
        var namedB = b.NamedActors.Select(x => x.Id).ToList();
        if (namedA.Count > 0 && namedB.Count > 0 && !namedB.Any(namedA.Contains)) return false;
        return true;
    }

    private static bool SameKind(EventDraft a, EventDraft b, bool article)
    {
        // Strategic developments are unlike one another: a burning of offices is not their closure.
        if (a.EventType == StrategicDevelopments || b.EventType == StrategicDevelopments) return a.SubType == b.SubType;
        if (a.EventType == b.EventType) return true;
        // A bare "attack" or "killed" told again is the bombing or the battle it elaborates.
        if (IsBareViolence(a) && b.EventType is Battles or Explosions || IsBareViolence(b) && a.EventType is Battles or Explosions) return true;
        // A riot is the protest or clash it grew out of; shelling answered by fire is one battle.
        if (IsConfrontation(a.EventType) && IsConfrontation(b.EventType) && (a.EventType == Riots || b.EventType == Riots)) return true;
        // A short report is one scene: an IED set off "during the fighting" is part of the battle, as ACLED codes its
        // notes. An article tells several: its bombings are not the firefight it tells in words of fighting ("a battle
        // between troops and gunmen"), though one may be the attack a bare "killed two soldiers" retells.
        if (article && (IsPlantedDevice(a) && IsToldAsFighting(b) || IsPlantedDevice(b) && IsToldAsFighting(a))) return false;
        return (a.EventType, b.EventType) is (Battles, Explosions) or (Explosions, Battles);
    }

    private static bool IsBareViolence(EventDraft d) => d.SubType == Attack && d.Priority == TriggerLexicon.GenericViolencePriority;

    private static bool IsPlantedDevice(EventDraft d) => d.SubType is RemoteExplosive or SuicideBomb;

    private static bool IsToldAsFighting(EventDraft d) => d.EventType == Battles && EventTypeOf(d.TriggerSubType) == Battles;

    private static bool IsConfrontation(string type) => type is Battles or Riots or Protests;

    private static bool SamePlace(Place a, Place b)
    {
        if (a.CountryCode != b.CountryCode) return false;
        if (a == b) return true;
        if (a.Kind is PlaceKind.Country or PlaceKind.Admin1 || b.Kind is PlaceKind.Country or PlaceKind.Admin1)
            return a.Kind == PlaceKind.Country || b.Kind == PlaceKind.Country || a.Admin1 == b.Admin1;
        return Geo.DistanceKm(a.Latitude, a.Longitude, b.Latitude, b.Longitude) < 15;
    }
}
