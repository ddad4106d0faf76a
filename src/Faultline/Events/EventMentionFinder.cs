using System.Text.RegularExpressions;
using Faultline.Pipeline;
using Faultline.Text;

namespace Faultline.Events;

/// <summary>
/// Finds event mentions sentence by sentence. Triggers under negation, threat, plan, denial or condition
/// ("no clashes", "threatened to attack", "if militiamen attempted to set ... on fire") and aggregate
/// descriptions ("months of fighting") are dropped. A sentence yields its highest-priority trigger.
/// </summary>
public static partial class EventMentionFinder
{
    [GeneratedRegex(@"\b(?:no|not|never|without|nor|neither|den(?:y|ied|ies|ying)|threat(?:en|ened|ens|ening)\s+to|vow(?:ed|s)?\s+to|pledg(?:ed|es)\s+to|plan(?:s|ned|ning)?\s+to|would|could|might|(?-i:may)|if|unless|whether|intend(?:ed|s)?\s+to|warn(?:ed|s)?\s+(?:of|against|that)|fear(?:ed|s)?|to\s+prevent|to\s+avoid|prevented|ready\s+to|preparing\s+to|call(?:ed|s)?\s+for|urg(?:ed|es)\s+(?:\w+\s+)?(?:not\s+)?to|against\s+any|in\s+case\s+of|anniversary\s+of|commemorat\w+)\b[^,;:]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Irrealis();

    [GeneratedRegex(@"\b(?:months|years|weeks|decades|days)\s+of\s+(?:[\w-]+\s+){0,2}$|\b(?:history|years)\s+of\s+$|\bcivil\s+war\b[^,.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Aggregate();

    [GeneratedRegex(@"\b(?:football|soccer|basketball|cricket|tennis|rugby|match|tournament|league|cup\s+final|stock\s+markets?|shares|election\s+campaign|debate|verbal|war\s+of\s+words|trade\s+war|price\s+war|floods?|flooding|flash\s+floods|earthquakes?|quake|volcano|erupted|eruption|landslides?|mudslides?|storms?|cyclones?|hurricanes?|typhoons?|tornado|wildfires?|bushfires?|blaze|fire\s+broke\s+out|accident|crash(?:ed)?|collapsed?|derail(?:ed|ment)|gas\s+(?:leak|explosion|cylinder|tank)|tank\s+exploded|ammonium\s+nitrate|boiler|short\s+circuit|drown(?:ed|ing)|heatwave|outbreak|epidemic|pandemic|virus|covid|stampede|lightning|gas\s+(?:plant|containers?|bungle)|propane|chemical\s+plant|industrial\s+accident|warehouse\s+(?:fire|explosion))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotConflict();

    [GeneratedRegex(@"\b(?:smuggl\w*|traffick\w*|drugs?|narcotics?|cocaine|heroin|fraud|theft|thie(?:f|ves)|robbery|burglar\w*|stolen|illegal(?:ly)?\s+(?:crossing|migrants?|entry|immigrants?)|undocumented|poaching|counterfeit|bribe\w*|corruption)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinaryCrime();

    [GeneratedRegex(@"\b(?:protest\w*|demonstrat\w*|activists?|opposition|journalists?|militants?|rebels?|insurgents?|terror\w*|jihadi\w*|extremis\w*|politic\w*|party|dissidents?|IS|ISIS|al-Qaeda|Taliban)\b")]
    private static partial Regex PoliticalWords();

    [GeneratedRegex(@"\b(?:attack(?:ed|ers?)?|gunm[ae]n|militants?|insurgents?|bomb(?:ing|er|s)?|shot|shooting|stabbed|assailants|rebels?|troops|soldiers|police|protest(?:ers?|ed)?|clash(?:es|ed)?|arson|arsonists?|set\s+fire|torched)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ViolenceWords();

    [GeneratedRegex(@"\b(?:clash(?:ed|es)?|fighting(?!\s+positions?)|fought|battles?|gunfights?|firefights?|exchanged\s+fire|repell?ed\s+(?:\w+\s+){0,2}(?:an?\s+)?(?:assault|attack|offensive))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GroundFighting();

    /// <summary>
    /// Coders' notes often open with the kind of development they record ("Agreement:", "Displacement:",
    /// "Movement of forces:"). Such a label is the coder's own word and decides the sub-type.
    /// </summary>
    private static readonly Dictionary<string, string> NoteLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["agreement"] = EventTaxonomy.Agreement, ["peace agreement"] = EventTaxonomy.Agreement, ["ceasefire"] = EventTaxonomy.Agreement,
        ["detonation"] = EventTaxonomy.DisruptedWeaponsUse, ["interception"] = EventTaxonomy.DisruptedWeaponsUse, ["defusal"] = EventTaxonomy.DisruptedWeaponsUse,
        ["mass grave"] = EventTaxonomy.Other, ["formation of armed group"] = EventTaxonomy.ChangeToGroup, ["new armed group"] = EventTaxonomy.ChangeToGroup, ["disrupted weapons use"] = EventTaxonomy.DisruptedWeaponsUse, ["weapons seizure"] = EventTaxonomy.DisruptedWeaponsUse,
        ["displacement"] = EventTaxonomy.Other, ["non-violent activity"] = EventTaxonomy.Other, ["other"] = EventTaxonomy.Other,
        ["property destruction"] = EventTaxonomy.Looting, ["looting"] = EventTaxonomy.Looting, ["land seizure"] = EventTaxonomy.Looting, ["looting/property destruction"] = EventTaxonomy.Looting,
        ["movement of forces"] = EventTaxonomy.ChangeToGroup, ["security measures"] = EventTaxonomy.ChangeToGroup, ["change to group/activity"] = EventTaxonomy.ChangeToGroup, ["change to group activity"] = EventTaxonomy.ChangeToGroup,
        ["arrests"] = EventTaxonomy.Arrests, ["arrest"] = EventTaxonomy.Arrests,
        ["headquarters or base established"] = EventTaxonomy.HeadquartersEstablished, ["base established"] = EventTaxonomy.HeadquartersEstablished,
        ["non-violent transfer of territory"] = EventTaxonomy.NonViolentTransfer, ["territorial transfer"] = EventTaxonomy.NonViolentTransfer,
    };

    [GeneratedRegex(@"^(?<label>[A-Z][A-Za-z/ -]{2,40}):\s")]
    private static partial Regex LabelPrefix();

    public static List<EventMention> Find(AnnotatedDocument doc)
    {
        var found = new List<EventMention>();
        string text = doc.Text;
        foreach (var sentence in doc.Sentences)
        {
            string s = sentence.Span.Of(text);
            var label = LabelPrefix().Match(s);
            if (label.Success && NoteLabels.TryGetValue(label.Groups["label"].Value.Trim(), out var labelled))
            {
                found.Add(new EventMention(labelled, 110, sentence.Index, new TextSpan(sentence.Span.Start, sentence.Span.Start + label.Length - 1)));
                continue;
            }
            EventMention? best = null;
            foreach (var trigger in TriggerLexicon.All)
            {
                if (best is not null && trigger.Priority <= best.Priority) continue;
                foreach (Match m in trigger.Matches(s))
                {
                    if (!Realis(s, m, trigger)) continue;
                    best = new EventMention(trigger.SubType, trigger.Priority, sentence.Index,
                        new TextSpan(sentence.Span.Start + m.Index, sentence.Span.Start + m.Index + m.Length));
                    break;
                }
            }
            if (best is null) continue;
            // Disasters, accidents and sport kill and injure too: without someone doing violence, they are no event.
            bool protest = EventTaxonomy.EventTypeOf(best.SubType) is EventTaxonomy.Protests or EventTaxonomy.Riots;
            if (!protest && NotConflict().IsMatch(s) && !ViolenceWords().IsMatch(s)) continue;
            // Arrests for ordinary crime (smuggling, drugs, fraud) are police work, not political violence.
            if (best.SubType == EventTaxonomy.Arrests && OrdinaryCrime().IsMatch(s) && !PoliticalWords().IsMatch(s)) continue;
            // Fighting "accompanied by shelling" or "amid airstrikes" is a battle: the remote fire supports the clash.
            if (best.SubType is EventTaxonomy.Shelling or EventTaxonomy.AirStrike && GroundFighting().IsMatch(s))
                best = best with { SubType = EventTaxonomy.ArmedClash, Priority = 78 };
            found.Add(best);
        }
        return found;
    }

    [GeneratedRegex(@"\b(?:killed|killing|arrested|captured|detained|shot|neutrali[sz]ed|intercepted|caught)\s+(?:[\w'’-]+\s+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex StoppedBefore();

    /// <summary>True when the trigger reports something that happened, not a denial, threat, plan or condition.</summary>
    private static bool Realis(string sentence, Match m, Trigger trigger)
    {
        int from = Math.Max(0, m.Index - 60);
        string before = sentence.Substring(from, m.Index - from);
        // "killed three suicide bombers": the bombers were stopped, no bomb went off.
        if (trigger.SubType == EventTaxonomy.SuicideBomb && StoppedBefore().IsMatch(before)) return false;
        int clause = before.LastIndexOfAny([',', ';', ':', '"', '“', '(']);
        string clauseBefore = clause >= 0 ? before[(clause + 1)..] : before;
        if (Irrealis().IsMatch(clauseBefore)) return false;
        if (Aggregate().IsMatch(before)) return false;
        return true;
    }
}
