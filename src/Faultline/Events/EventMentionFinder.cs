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
    [GeneratedRegex(@"\b(?:no|not(?!\s+\w+ing\b)|never|without|nor|neither|den(?:y|ied|ies|ying)|threat(?:en|ened|ens|ening)\s+to|vow(?:ed|s)?\s+to|pledg(?:ed|es)\s+to|plan(?:s|ned|ning)?\s+to|would|could|might|(?-i:may)|if|unless|whether|intend(?:ed|s)?\s+to|warn(?:ed|s)?\s+(?:of|against|that)|fear(?:ed|s)?|to\s+prevent|to\s+avoid|prevented|ready\s+to|preparing\s+to|call(?:ed|s)?\s+for|urg(?:ed|es)\s+(?:\w+\s+)?(?:not\s+)?to|against\s+any|in\s+case\s+of|anniversary\s+of|commemorat\w+|possible|potential|imminent|anticipat\w+|in\s+preparation\s+(?:of|for)|prepar(?:e|es|ed|ing|ations?)\s+for|waiting\s+for|plott(?:ed|ing)\s+to|mock|drills?|exercises?|simulat\w+)\b[^,;:]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Irrealis();

    /// <summary>A trigger verb in the infinitive ("resources to attack the virus", "waiting for the order to kick off the assault") tells a purpose, not a deed; prepositional "to" ("led to clashes") does not count.</summary>
    [GeneratedRegex(@"(?<!\b(?:managed|continued|began|started|on|tried|attempted|sought|used|led|lead|leading|leads|due|owing|subjected|exposed|response|according|prior|close|up|next|returned|added|addition|related|linked|contributed|escalated|turned|resorted|way|back|home|return|come|came|went|go|goes|taken|brought|moved|points|point|similar|reference|referring|opposed|opposition|access|damage|threat|threats|harm|injuries|injury|attention|end|resistance|victim|victims|witness|witnessed|rise|rose|rising|bring|compared))\s+to\s+(?:[\w-]+ly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Infinitive();

    /// <summary>A deed told only as what someone claimed, denied, was accused of or sanctioned for: the news is the claim, not the deed.</summary>
    [GeneratedRegex(@"\b(?:(?:responsib(?:le|ility)|claim(?:ed|s|ing)?(?:\s+responsibility)?|(?:takes?|took|taking)\s+credit|accus(?:ed|es|ing|ations?)|blam(?:ed|es|ing))\s+(?:[\w'’-]+\s+){0,3}?(?:for|of|over)\s+(?:[\w'’-]+\s+){0,5}|claim(?:ed|s)\s+(?:the\s+)?)$|\b(?:allegations?|den(?:y|ied|ies|ying)|reject(?:ed|s|ing)?|sanctions?|expel(?:led|s|ling)?|expulsions?|diplomat(?:s|ic)|(?:were|was|are|is|be)\s+behind|condemn(?:ed|s|ing|ation)|in\s+response\s+to|investigat(?:ing|ion)\s+(?:as|into)|describes?)\b(?:[^\w.;]+[\w’']+){0,12}[^\w.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^[^.;]{0,30}?\b(?:suspected|believed|thought|alleged)\s+to\s+(?:be\s+behind|have\s+(?:carried\s+out|been\s+behind))", RegexOptions.IgnoreCase)]
    private static partial Regex SuspectedBehind();

    [GeneratedRegex(@"\b(?:months|years|weeks|decades|days)\s+of\s+(?:[\w-]+\s+){0,2}$|\b(?:history|years)\s+of\s+$|\bcivil\s+war\b[^,.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Aggregate();

    [GeneratedRegex(@"\b(?:football|soccer|basketball|cricket|tennis|rugby|match|tournament|league|cup\s+final|stock\s+markets?|shares|election\s+campaign|debate|verbal|war\s+of\s+words|trade\s+war|price\s+war|floods?|flooding|flash\s+floods|earthquakes?|quake|volcano|(?<!(?:fighting|clash(?:es)?|violence|protests?|riots?|battles?|unrest|gunfire|hostilities|demonstrations?)\s+(?:\w+\s+)?)erupted|eruption|landslides?|mudslides?|storms?|cyclones?|hurricanes?|typhoons?|tornado|wildfires?|bushfires?|blaze|fire\s+broke\s+out|accident|crash(?:ed)?|collapsed?|derail(?:ed|ment)|gas\s+(?:leak|explosion|cylinder|tank)|tank\s+exploded|ammonium\s+nitrate|boiler|short\s+circuit|drown(?:ed|ing)|heatwave|outbreak|epidemic|pandemic|virus|covid|stampede|lightning|gas\s+(?:plant|containers?|bungle)|propane|chemical\s+plant|industrial\s+accident|warehouse\s+(?:fire|explosion)|accidental(?:ly)?|(?:gas|chemical|power|cast\s+iron|industrial)\s+plant|(?:plant|factory|warehouse|refinery|furnace|tank|depot)\s+(?:fire|explosion|blast|exploded|collapsed|caught\s+fire)|(?:explosions?|blasts?|fires?)\s+(?:at|in|ripped\s+through|tore\s+through)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:factory|plant|warehouse|refinery|mine|depot|industrial\s+area)|fireworks|(?:chemical|gas|oil)\s+(?:leak|spill)|leak(?:ed|age|s)?|spill|plunged|(?:waste|treatment|power|chemical|gas|nuclear)\s+(?:[\w-]+\s+)?plant|(?:gas|propane|storage|cold\s+storage)\s+(?:containers?|tanks?|cylinders?|bunkers?)|torrential|heavy\s+rain|fires\s+(?:are\s+)?burning|disaster|cyber\w*|website|hackers?|hacking)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotConflict();

    [GeneratedRegex(@"\b(?:smuggl\w*|traffick\w*|drugs?|narcotics?|cocaine|heroin|fraud|theft|thie(?:f|ves)|robbery|burglar\w*|stolen|illegal(?:ly)?\s+(?:crossing|migrants?|entry|immigrants?)|undocumented|poaching|counterfeit|bribe\w*|corruption|migrants?|tried\s+to\s+flee)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinaryCrime();

    /// <summary>Violence that the report itself calls ordinary crime (a hate crime, thugs, a robbery, a cyber attack).</summary>
    [GeneratedRegex(@"\b(?:hate\s+crimes?|thugs|(?:attempted\s+|armed\s+)?robbery|robbers|mugg(?:ed|ing|er)|cyber\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CrimeViolence();

    [GeneratedRegex(@"\b(?:protest\w*|demonstrat\w*|activists?|opposition|journalists?|militants?|rebels?|insurgents?|terror\w*|jihadi\w*|extremis\w*|politic\w*|party|dissidents?|IS|ISIS|al-Qaeda|Taliban)\b")]
    private static partial Regex PoliticalWords();

    [GeneratedRegex(@"\b(?:attack(?:ed|ers?)?|gunned\s+down|tank\s+fire|ATGMs?|snipers?|warplanes?|air\s*-?strikes?|gunm[ae]n|militants?|insurgents?|bomb(?:ing|er|s)?|shot|shooting|stabbed|assailants|rebels?|troops|soldiers|protest(?:ers?|ed)?|clash(?:es|ed)?|fought|militias?|arson|arsonists?|set\s+fire|torched|fired|shell(?:ed|ing|s)|mortars?|artillery|rockets?|missiles?|gunfire|grenades?|IEDs?|explosives?)\b", RegexOptions.IgnoreCase)]
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
        ["property destruction"] = EventTaxonomy.Looting, ["looting"] = EventTaxonomy.Looting, ["land seizure"] = EventTaxonomy.Looting, ["looting/property destruction"] = EventTaxonomy.Looting, ["demolition"] = EventTaxonomy.Looting, ["demolitions"] = EventTaxonomy.Looting,
        ["movement of forces"] = EventTaxonomy.ChangeToGroup, ["movement of troops"] = EventTaxonomy.ChangeToGroup, ["recruitment"] = EventTaxonomy.ChangeToGroup, ["curfew"] = EventTaxonomy.ChangeToGroup, ["security measures"] = EventTaxonomy.ChangeToGroup, ["change to group/activity"] = EventTaxonomy.ChangeToGroup, ["change to group activity"] = EventTaxonomy.ChangeToGroup,
        ["arrests"] = EventTaxonomy.Arrests, ["arrest"] = EventTaxonomy.Arrests,
        ["headquarters or base established"] = EventTaxonomy.HeadquartersEstablished, ["base established"] = EventTaxonomy.HeadquartersEstablished,
        ["non-violent transfer of territory"] = EventTaxonomy.NonViolentTransfer, ["territorial transfer"] = EventTaxonomy.NonViolentTransfer,
    };

    [GeneratedRegex(@"^(?<label>[A-Z][A-Za-z/ -]{2,40}):\s")]
    private static partial Regex LabelPrefix();

    // The word lists most sentences hold none of, checked for their words before any scan (same answers).
    private static readonly PrefilteredRegex NotConflictWords = new(NotConflict());
    private static readonly PrefilteredRegex ViolenceWordsIn = new(ViolenceWords());
    private static readonly PrefilteredRegex GroundFightingIn = new(GroundFighting());
    private static readonly PrefilteredRegex KillingIn = new(Killing());
    private static readonly PrefilteredRegex OrdinaryCrimeIn = new(OrdinaryCrime());
    private static readonly PrefilteredRegex CrimeViolenceIn = new(CrimeViolence());

    // The required words of every trigger (ids 0 .. triggers-1, in lexicon order) and of the word lists above (ids
    // after them), looked for in one pass per sentence instead of one search per trigger and list.
    private static readonly PrefilteredRegex[] WordLists = [NotConflictWords, ViolenceWordsIn, GroundFightingIn, KillingIn, OrdinaryCrimeIn, CrimeViolenceIn];
    private static readonly LiteralSetScanner SentenceWords = new([.. TriggerLexicon.All.Select(t => t.Required), .. WordLists.Select(l => l.Required)]);

    public static List<EventMention> Find(AnnotatedDocument doc)
    {
        var found = new List<EventMention>();
        string text = doc.Text;
        int accidentParagraph = -1;
        var hits = SentenceWords.NewHits();
        foreach (var sentence in doc.Sentences)
        {
            string s = sentence.Span.Of(text);
            SentenceWords.Scan(s, hits);
            // A word list is scanned only when its words occur (the hits), and at most once per sentence: the checks below ask the same questions again.
            bool MayHold(PrefilteredRegex list) => LiteralSetScanner.Has(hits, TriggerLexicon.All.Count + Array.IndexOf(WordLists, list));
            bool In(PrefilteredRegex list) => MayHold(list) && list.Pattern.IsMatch(s);
            bool? violent = null;
            bool Violent() => violent ??= In(ViolenceWordsIn);
            // The accident list is the largest matcher here: once its words occur, the cheaper violence check goes first.
            bool accident = MayHold(NotConflictWords) && !Violent() && NotConflictWords.Pattern.IsMatch(s);
            if (accident) accidentParagraph = sentence.Paragraph;
            var label = LabelPrefix().Match(s);
            if (label.Success && NoteLabels.TryGetValue(label.Groups["label"].Value.Trim(), out var labelled))
            {
                found.Add(new EventMention(labelled, 110, sentence.Index, new TextSpan(sentence.Span.Start, sentence.Span.Start + label.Length - 1)));
                continue;
            }
            var best = Best(s, sentence, hits, t => true);
            bool? groundFighting = null;
            bool GroundFightingInS() => groundFighting ??= In(GroundFightingIn);
            // Weapons found or seized beside fighting are the spoils of the fight: the fight is the event.
            if (best is { SubType: EventTaxonomy.DisruptedWeaponsUse, Priority: > 80 } && (GroundFightingInS() || In(KillingIn)))
                best = Best(s, sentence, hits, t => t.Priority <= 80 || t.SubType != EventTaxonomy.DisruptedWeaponsUse);
            if (best is null) continue;
            if (best.Claim) { found.Add(best); continue; }
            // Disasters, accidents and sport kill and injure too: without someone doing violence, they are no event.
            bool protest = EventTaxonomy.EventTypeOf(best.SubType) is EventTaxonomy.Protests or EventTaxonomy.Riots;
            if (!protest && accident) continue;
            // "Four people were injured" or "additional blasts" after an accident told in the paragraph are the accident's.
            if (!protest && best.Priority <= 47 && accidentParagraph == sentence.Paragraph && !Violent()) continue;
            // Arrests for ordinary crime (smuggling, drugs, fraud) are police work, not political violence.
            if ((best.SubType is EventTaxonomy.Arrests or EventTaxonomy.Looting or EventTaxonomy.GovernmentRegainsTerritory or EventTaxonomy.NonStateOvertakesTerritory) && In(OrdinaryCrimeIn) && !PoliticalWords().IsMatch(s)) continue;
            if (best.SubType is EventTaxonomy.Attack or EventTaxonomy.Grenade && In(CrimeViolenceIn) && !PoliticalWords().IsMatch(s)) continue;
            // Fighting "accompanied by shelling" or "amid airstrikes" is a battle: the remote fire supports the clash.
            if (best.SubType is EventTaxonomy.Shelling or EventTaxonomy.AirStrike && GroundFightingInS())
                best = best with { SubType = EventTaxonomy.ArmedClash, Priority = 78 };
            found.Add(best);
        }
        return found;
    }

    /// <summary>The sentence's best trigger; <paramref name="hits"/> tells which triggers' required words it holds.</summary>
    private static EventMention? Best(string s, Sentence sentence, ulong[] hits, Func<Trigger, bool> allowed)
    {
        EventMention? best = null, claim = null;
        int claimPriority = 0;
        var triggers = TriggerLexicon.All;
        for (int id = 0; id < triggers.Count; id++)
        {
            var trigger = triggers[id];
            if (best is not null && trigger.Priority <= best.Priority || !allowed(trigger)) continue;
            if (!LiteralSetScanner.Has(hits, id)) continue;
            foreach (var m in trigger.Pattern.EnumerateMatches(s))
            {
                var span = new TextSpan(sentence.Span.Start + m.Index, sentence.Span.Start + m.Index + m.Length);
                if (!Realis(s, m, trigger))
                {
                    // A violent deed told only as claimed or blamed still names its author for the event just told.
                    if (claim is null && EventTaxonomy.EventTypeOf(trigger.SubType) is EventTaxonomy.Battles or EventTaxonomy.Explosions or EventTaxonomy.ViolenceAgainstCivilians
                        && Realis(s, m, trigger, attribution: false))
                    {
                        claim = new EventMention(EventTaxonomy.Attack, TriggerLexicon.GenericViolencePriority, sentence.Index, span) { Claim = true };
                        claimPriority = trigger.Priority;
                    }
                    continue;
                }
                best = new EventMention(trigger.SubType, trigger.Priority, sentence.Index, span);
                break;
            }
        }
        // "X claimed the car bomb that killed eight": the lesser words tell the claimed deed, not another one.
        return claim is not null && (best is null || best.Priority <= claimPriority) ? claim : best;
    }

    [GeneratedRegex(@"\b(?:killed|killing|kills|wounded|injured|attack(?:ed|s)?|fired|shelled|raid(?:ed|s)?|stormed|ambush\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Killing();

    [GeneratedRegex(@"\b(?:killed|killing|arrested|captured|detained|shot|neutrali[sz]ed|intercepted|caught|stopped)\s+(?:(?!(?:after|when|as|before|by|and|in|on|at)\b)[\w'’-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex StoppedBefore();

    /// <summary>True when the trigger reports something that happened, not a denial, threat, plan or condition.</summary>
    private static bool Realis(string sentence, ValueMatch m, Trigger trigger, bool attribution = true)
    {
        // Read as spans of the sentence: the same text the regexes saw as substrings, without copying it.
        int from = Math.Max(0, m.Index - 60);
        var before = sentence.AsSpan(from, m.Index - from);
        // "killed three suicide bombers": the bombers were stopped, no bomb went off.
        if (trigger.SubType == EventTaxonomy.SuicideBomb && StoppedBefore().IsMatch(before)) return false;
        int clause = before.LastIndexOfAny(ClauseMarks);
        var clauseBefore = clause >= 0 ? before[(clause + 1)..] : before;
        if (Irrealis().IsMatch(clauseBefore)) return false;
        // Only violence in the infinitive is a purpose: people gather "to protest" and leaders decide "to close offices",
        // and the protest and the decision are the news.
        if (EventTaxonomy.EventTypeOf(trigger.SubType) is EventTaxonomy.Battles or EventTaxonomy.Explosions or EventTaxonomy.ViolenceAgainstCivilians && Infinitive().IsMatch(clauseBefore)) return false;
        if (Aggregate().IsMatch(before)) return false;
        if (!attribution) return true;
        if (Attribution().IsMatch(sentence.AsSpan(0, m.Index))) return false;
        if (SuspectedBehind().IsMatch(sentence.AsSpan(m.Index + m.Length))) return false;
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",;:\"“(");
}
