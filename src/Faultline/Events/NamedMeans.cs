using System.Text.RegularExpressions;
using Faultline.Pipeline;
using static Faultline.Events.EventTaxonomy;

namespace Faultline.Events;

/// <summary>
/// An attack told only as "the attack" takes the means the report names it by elsewhere: a court story that tells
/// "the April 15 attack, which killed three people" and speaks of "the marathon bombing" and "the suspected bombers"
/// codes a bombing, as a coder reading the whole report would. Applied only when the report names one kind of means,
/// no event of that kind was coded (else the name is that event's), and one event alone was told by bare attack words.
/// </summary>
internal static partial class NamedMeans
{
    /// <summary>A deed named by its means with a definite article, a name between allowed ("the Boston Marathon bombing"), or its author ("the suspected bombers").</summary>
    [GeneratedRegex(@"\bthe\s+(?:[A-Z0-9][\w'’.-]*\s+){0,3}(?<means>(?:suicide\s+)?(?:bombings?|bomb\s+attacks?|car\s+bombs?|blasts?|explosions?)|(?:air|drone)\s*-?\s*strikes?|shelling|rocket\s+attacks?)\b|\b(?:the|suspected|alleged|accused)\s+(?<means>(?:suicide\s+)?bombers?)\b")]
    private static partial Regex MeansName();

    [GeneratedRegex(@"^(?:attack(?:s|ed)?|assault(?:s|ed)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareAttackWord();

    public static void Apply(AnnotatedDocument doc, List<EventDraft> events)
    {
        var bare = events.Where(e => e.SubType == Attack && e.Priority == TriggerLexicon.GenericViolencePriority
                                     && e.Triggers.All(t => BareAttackWord().IsMatch(t.Of(doc.Text)))).ToList();
        if (bare.Count != 1) return;
        var named = MeansName().Matches(doc.Text).Select(m => SubTypeOf(m.Groups["means"].Value)).Distinct().ToList();
        if (named.Count != 1 || events.Any(e => e.SubType == named[0])) return;
        bare[0].SubType = named[0];
    }

    private static string SubTypeOf(string means)
    {
        string m = means.ToLowerInvariant();
        if (m.Contains("suicide")) return SuicideBomb;
        if (m.Contains("strike")) return AirStrike;
        if (m.Contains("shelling") || m.Contains("rocket")) return Shelling;
        return RemoteExplosive;
    }
}
