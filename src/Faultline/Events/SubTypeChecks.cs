using System.Text.RegularExpressions;
using Faultline.Pipeline;
using Faultline.Text;
using static Faultline.Events.EventTaxonomy;

namespace Faultline.Events;

/// <summary>The checks a careful coder makes before settling a sub-type: victims, crowds, territory, the state's response.</summary>
internal static partial class SubTypeChecks
{

    [GeneratedRegex(@"execut|behead|assassinat|tortur", RegexOptions.IgnoreCase)]
    private static partial Regex OneSidedWord();
    [GeneratedRegex(@"\b(?:soldiers?|troops|forces|military(?!\s+(?:parades?|ceremon))|militiamembers?|trainers?|servicem[ae]n|police(?:m[ae]n|\s+officers?)?|officers?|policem[ae]n|gendarmes?|guards?|fighters?|militants?|militiam[ae]n|rebels?|insurgents?|combatants?|jihadists?|members\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:forces|army|militia|brigades?|group)|commanders?|colonel|major|captain|lieutenant|sergeant|general|elements|personnel|conscripts?|recruits?|terrorists|extremists|takfiris?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArmedPeople();

    [GeneratedRegex(@"\boff[\s-]duty\b", RegexOptions.IgnoreCase)]
    private static partial Regex OffDuty();

    [GeneratedRegex(@"\b(?:civilians?|citizens?|villagers|residents|farmers|herders|shepherds?|wom[ae]n|(?<!armed\s)(?<!masked\s)m[ae]n|children|child|boy|girl|journalists?|teachers?|students?|worshippers|passengers|family|demonstrators?|protesters?|spies|mukhtar|prisoners?|detainees?|captives?|hostages?|people|persons?|sellers?|vendors?|drivers?|traders?|smugglers?|IDPs?|refugees?|migrants?|palestinians|leaders?|operators?|sheikhs?|elders?|workers?|employees?|director|judges?|mayors?|candidates?|activists?|doctors?|nurses?|contractors?|engineers?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Civilians();

    /// <summary>Civilian places count as the victims only as the verb's object ("attacked Nangade village"), not as where it happened.</summary>
    [GeneratedRegex(@"^\W*(?:[\w'’-]+\W+){0,3}?(?:villages?|homes?|houses?|huts?|shops?|markets?|farms?|mosques?|churches?|schools?|hospitals?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CivilianPlaceObject();

    [GeneratedRegex(@"\b(?:rioters|protesters|demonstrators|crowds?|mobs?|youths|community\s+members|angry\s+(?:residents|villagers)|supporters|fans|tear\s*-?gas|rubber(?:-coated)?\s+(?:steel\s+)?(?:bullets|rounds)|stones|rocks|molotov|tyres|tires)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CrowdWords();

    [GeneratedRegex(@"\b(?:mobs?|community\s+members|angry\s+(?:residents|villagers)|fans|vigilantes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MobWords();

    [GeneratedRegex(@"\b(?:army|armed\s+forces|government\s+(?:forces|troops)|regime\s+(?:forces|troops)|troops|soldiers|military|security\s+forces|police|national\s+guard|pro-government\s+forces|(?:[A-Z][a-z]+\s+)?forces\s+loyal\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StateSubject();

    [GeneratedRegex(@"\b(?:rebels?|rebel\s+fighters|(?<!allied\s)(?<!popular\s)(?<!pro-government\s)fighters|militants|insurgents|jihadists?|terrorists|extremists|militia(?:s|men)?|separatists|opposition|ISIS|ISIL|IS|Daesh|Islamic\s+State|(?:al-?)?Shabaa?b|Taliban|Houthis?|Huthis?|Ansar\s+Allah|Mai[\s-]Mai|Boko\s+Haram|HTS|Nusra|YPG|SDF|PKK|NPA)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NonStateSubject();

    [GeneratedRegex(@"\b(?:without\s+(?:any\s+|encountering\s+(?:any\s+)?)?(?:resistance|a\s+fight|fighting|a\s+shot)|(?:after|following)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:withdr[ae]w\w*|pulled\s+out|pull-?out|retreat\w*)|(?:withdr[ae]w|pulled\s+out|retreated)\b|handed\s+(?:[\w'’-]+\s+){0,3}over|handover|deserted|abandoned)", RegexOptions.IgnoreCase)]
    private static partial Regex NoFight();

    private static int LastIndex(Regex r, string text)
    {
        int last = -1;
        foreach (Match m in r.Matches(text)) last = m.Index;
        return last;
    }

    [GeneratedRegex(@"\b(?:turned\s+violent|violent\s+(?:protests?|demonstrations?|clashes|riots?)|escalating\s+violence|scene\s+of\s+(?:[\w-]+\s+)?violence|vandali[sz]\w*|loot(?:ed|ing)(?!\s+(?:public\s+|state\s+)?(?:funds|money|monies|assets|wealth|billions|millions))|debris|smash\w*|set\s+(?:[\w-]+\s+){0,3}on\s+fire|torch(?:ed|ing)|rampage)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RiotSigns();

    /// <summary>
    /// The coder's checks on a mention's sub-type: who took the ground, whether a crowd did the violence, and whether the
    /// victims were armed (an "attack" on soldiers, police or fighters with no civilians is an armed clash).
    /// </summary>
    /// <summary>A people named as a side ("clashes between Palestinians and Israeli forces"): a plural country adjective standing alone.</summary>
    private static bool PeopleAsSide(AnnotatedDocument doc, int sentenceIndex)
    {
        var span = doc.Sentences[sentenceIndex].Span;
        foreach (var p in doc.Places)
        {
            if (p.Use != Places.PlaceUse.Modifier || !span.Contains(p.Span)) continue;
            string word = p.Span.Of(doc.Text);
            if (!word.EndsWith('s')) continue;
            int next = p.Span.End;
            while (next < doc.Text.Length && doc.Text[next] == ' ') next++;
            if (next >= doc.Text.Length || !char.IsLetter(doc.Text[next]) || char.IsUpper(doc.Text[next]) || doc.Text.AsSpan(next).StartsWith("and") || doc.Text.AsSpan(next).StartsWith("in") || doc.Text.AsSpan(next).StartsWith("near") || doc.Text.AsSpan(next).StartsWith("were") || doc.Text.AsSpan(next).StartsWith("clashed"))
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:residents|villagers|locals|youths?|young\s+(?:men|people)|students|worshippers|farmers|demonstrat\w*|protest\w*|rall(?:y|ies))\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnarmedPeople();

    [GeneratedRegex(@"\b(?:armed|arms|guns?|gunmen|gunfire|exchanged?\s+(?:of\s+)?(?:gun)?fire|exchanges?\s+of\s+(?:gun)?fire|shoot-?outs?|militants?|fighters|militia\w*|rebels?|insurgents?|clans?|tribes(?:men)?|tribal|RPGs?|explosives?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArmedSigns();

    /// <summary>
    /// The clash's sides are state forces and people told as unarmed: the sentence names a state force and no
    /// non-state armed group, names people (or a demonstration) and no weapon or armed man on their side.
    /// </summary>
    private static bool StateAgainstUnarmed(AnnotatedDocument doc, EventDraft d, string sentence)
    {
        var span = doc.Sentences[d.FirstSentence].Span;
        bool state = false;
        foreach (var m in d.Actors)
        {
            if (!span.Contains(m.Span) || m.Opposed || m.Role is { Role: "government" }) continue;
            int? inter = m.Actor?.Inter ?? m.Role?.Inter;
            if (inter == 1) state = true;
            else if (inter is 2 or 3 or 4) return false;
        }
        return state && (UnarmedPeople().IsMatch(sentence) || PersonOfAPeople(doc, span)) && !ArmedSigns().IsMatch(sentence);
    }

    [GeneratedRegex(@"^\s*(?:(?:was|were|is|are|who|man|men|wom[ae]n|youths?|boys?|girls?|teen\w*|child(?:ren)?|civilians?)\b|[,.;]|$)")]
    private static partial Regex AfterAPerson();

    /// <summary>A people's name used for a person or persons ("A Palestinian was hurt", "two Palestinian youths", "Palestinians").</summary>
    private static bool PersonOfAPeople(AnnotatedDocument doc, TextSpan sentence)
    {
        foreach (var p in doc.Places)
        {
            if (p.Use != Places.PlaceUse.Modifier || !sentence.Contains(p.Span)) continue;
            string after = doc.Text[p.Span.End..Math.Min(sentence.End, p.Span.End + 20)];
            if (AfterAPerson().IsMatch(after)) return true;
        }
        return false;
    }

    public static EventDraft Reclassify(AnnotatedDocument doc, EventDraft d)
    {
        string sentence = doc.Sentences[d.FirstSentence].Span.Of(doc.Text);
        // Who took the ground decides the territorial sub-type: the state regains, a non-state actor overtakes.
        if (d.SubType is NonStateOvertakesTerritory or GovernmentRegainsTerritory)
        {
            int at = d.Triggers[0].Start - doc.Sentences[d.FirstSentence].Span.Start;
            string before = sentence[..Math.Max(0, at)];
            // A withdrawal or a takeover without resistance is a handover, not a battle.
            if (NoFight().IsMatch(sentence)) { (d.SubType, d.Priority) = (NonViolentTransfer, 37); return d; }
            // The side nearest before the verb took the ground ("ISIS fighters recaptured the village from the army").
            int state = LastIndex(StateSubject(), before), nonState = LastIndex(NonStateSubject(), before);
            if (state >= 0 || nonState >= 0)
                d.SubType = state > nonState ? GovernmentRegainsTerritory : NonStateOvertakesTerritory;
            else if (d.SubType == GovernmentRegainsTerritory && !StateSubject().IsMatch(sentence)) d.SubType = NonStateOvertakesTerritory;
            return d;
        }
        if (d.SubType == PeacefulProtest && RiotSigns().IsMatch(sentence))
        {
            (d.SubType, d.Priority) = (ViolentDemonstration, 60);
            return d;
        }
        // Violence by a crowd is a riot, whoever it fought: rioters clashing with soldiers is no armed clash.
        if (d.SubType is ArmedClash or Attack && d.Priority <= 78 && (CrowdWords().IsMatch(sentence) || PeopleAsSide(doc, d.FirstSentence)))
        {
            (d.SubType, d.Priority) = MobWords().IsMatch(sentence) ? (MobViolence, 58) : (ViolentDemonstration, 60);
            return d;
        }
        // A clash between state forces and people no report calls armed (residents, youths, students, a crowd met at a
        // demonstration) is a riot: a battle is fought between armed, organised groups.
        if (d.SubType == ArmedClash && d.Priority < EventDraft.TwoSidedPriority && StateAgainstUnarmed(doc, d, sentence))
        {
            (d.SubType, d.Priority) = (ViolentDemonstration, 60);
            return d;
        }
        if (d.SubType != Attack) return d;
        // Executing or assassinating someone is one-sided violence whoever the victim was.
        var trigger = d.Triggers[0];
        bool oneSided = OneSidedWord().IsMatch(trigger.Of(doc.Text));
        // The victims are named next to the verb: its object, or its subject when passive ("2 soldiers were killed").
        var span = doc.Sentences[d.FirstSentence].Span;
        int from = Math.Max(span.Start, trigger.Start - 70), to = Math.Min(span.End, trigger.End + 80);
        string victims = doc.Text[from..to];
        bool civilianPlace = CivilianPlaceObject().IsMatch(doc.Text.AsSpan(trigger.End, Math.Min(40, span.End - trigger.End)));
        // Soldiers or police killed off duty are civilians in ACLED's coding: the attack stays one-sided.
        if (!oneSided && ArmedPeople().IsMatch(victims) && !Civilians().IsMatch(victims) && !civilianPlace && !OffDuty().IsMatch(sentence))
        {
            d.SubType = ArmedClash;
            d.Priority = 65;
        }
        return d;
    }

    [GeneratedRegex(@"\b(?:(?:police|security\s+forces|authorities|troops|soldiers|military\s+forces|gendarmes?|riot\s+police)\b[^.;]{0,60}?\b(?:arrest(?:ed|ing)?|detain(?:ed|ing)?|dispers(?:ed|ing)|intervened|broke\s+up|removed|moved\s+(?:[\w-]+\s+){0,3}out|prevented|stopped|blocked|beat|fined)|(?<!\bwho\s)(?:were|was)\s+(?:dispersed|arrested|detained)|tear\s*-?gas|water\s+cannons?|rubber\s+bullets|(?:arrested|detained)\s+(?:[\w-]+\s+){0,3}(?:protesters|demonstrators|participants|activists|members))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Intervention();

    [GeneratedRegex(@"(?<!\b(?:famil(?:y|ies)|relatives|mothers|parents|widows)\s+of\s+)\b(?:protesters?|demonstrators?|participants?|people|dozens|several|scores)\b[^.;]{0,60}?\b(?:(?:were|was)\s+)?(?:killed|shot\s+dead|shot|died|injured|wounded|hurt)\b|\b(?:live\s+(?:ammunition|fire|rounds|bullets)|rubber\s+bullets|opened\s+fire\s+on\s+(?:the\s+)?(?:protesters|demonstrators|crowd)|violently\s+(?:dispers|suppress|broke|crack)\w*|excessive\s+force|brutal(?:ly)?|crackdown|(?:injuries|casualties)\s+among|(?:beat|beaten|beating|hits?|hit)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:protesters?|demonstrators?)|killing\s+(?:\w+\s+){0,2}(?:protesters?|demonstrators?))", RegexOptions.IgnoreCase)]
    private static partial Regex LethalForce();

    /// <summary>
    /// One person "was arrested" in a protest demanding someone's release: the arrest is the protest's cause (or a
    /// single later arrest), not the state breaking the protest up.
    /// </summary>
    private static bool ReleaseDemanded(string told, string intervention) =>
        intervention.StartsWith("was ", StringComparison.OrdinalIgnoreCase) && ReleaseOf().IsMatch(told);

    [GeneratedRegex(@"\brelease\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReleaseOf();

    /// <summary>
    /// A protest's sub-type depends on what the state did, often told in a later sentence ("Police arrested 2"):
    /// the event's paragraph decides between peaceful, with intervention, and excessive force.
    /// </summary>
    public static void RefineProtest(AnnotatedDocument doc, EventDraft e)
    {
        if (e.EventType != Protests) return;
        int paragraph = doc.Sentences[e.FirstSentence].Paragraph;
        string told = string.Join(" ", doc.Sentences.Where(s => s.Paragraph == paragraph && s.Index >= e.FirstSentence).Select(s => s.Span.Of(doc.Text)));
        if (e.SubType == ExcessiveForce) return;
        if (LethalForce().IsMatch(told)) (e.SubType, e.Priority) = (ExcessiveForce, 68);
        else if (Intervention().Matches(told).Any(m => !ReleaseDemanded(told, m.Value))) (e.SubType, e.Priority) = (ProtestWithIntervention, 55);
    }
}
