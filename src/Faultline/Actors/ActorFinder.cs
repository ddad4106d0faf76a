using System.Text.RegularExpressions;
using Faultline.Text;

namespace Faultline.Actors;

/// <summary>
/// Finds actor mentions: known names and aliases in any romanisation, acronyms written in capitals, generic role
/// words, and groups reached through a person ("Sadr's militia", "supporters of al-Sadr").
/// </summary>
/// <param name="countryOfAdjective">The ISO3 code of a country adjective ("Turkish" -> TUR), or null.</param>
public sealed partial class ActorFinder(ActorKnowledgeBase kb, Func<string, string?>? countryOfAdjective = null)
{
    public ActorKnowledgeBase KnowledgeBase => kb;

    [GeneratedRegex(@"\b(?<adj>[A-Z][a-z]+)(?:[- ]led)?\s+(?:government\s+|state\s+|armed\s+|security\s+|special\s+|regular\s+|naval\s+)?(?:(?:rocket|missile|mortar|artillery|tank)\s+(?:and\s+)?){0,3}(?<kind>forces|army|troops|soldiers?|military|navy|air\s+force|police(?:men)?|policem[ae]n|gendarmerie|gendarmes|border\s+guards?|jets|warplanes|aircraft|drones?|artillery|helicopters|coast\s+guard|intelligence|positions|military\s+positions|posts|air\s*strikes?|air\s+raids?|shelling|rockets?|missiles?|mortars?|shells|bombardment|(?<=(?:rocket|missile|mortar|artillery|tank)\s)fire|patrols?|convoys?|columns?|reinforcements)\b")]
    private static partial Regex NationalForces();

    [GeneratedRegex(@"^(?:'s|’s)\s+(?:\w+\s+){0,2}?(?<word>militia(?:\s+group)?|militiamen|group|fighters|forces|troops|loyalists|supporters|followers|movement|party|men|gunmen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GroupAfterPerson();

    [GeneratedRegex(@"\b(?<word>supporters|followers|loyalists|militia|militiamen|fighters|troops|forces|members|men)\s+(?:of|loyal\s+to|led\s+by|commanded\s+by|headed\s+by|connected\s+to|affiliated\s+with|associated\s+with)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupBeforePerson();

    [GeneratedRegex(@"^\s+(?:base|bases|hospital|academy|college|court|airport|air\s+base|museum|cemetery|compound|headquarters\s+building|uniforms?|parades?|ceremon(?:y|ies))\b", RegexOptions.IgnoreCase)]
    private static partial Regex FacilityAfter();

    [GeneratedRegex(@"^\s+(?:reinforcements|vehicles?|convoys?|columns?|outposts?|bulldozers|equipment|trucks|observation\s+posts?|logistic)", RegexOptions.IgnoreCase)]
    private static partial Regex EquipmentAfter();

    [GeneratedRegex(@"^\s+(?:property|properties|houses?|housing|homes?|areas?|infrastructure|buildings?|neighbou?rhoods?|facilities|objects|targets|sites?|farms?|farmland|fields|crops|livestock)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CivilianPlaceAfter();

    [GeneratedRegex(@"^-(?:controlled|held|run|besieged)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HyphenHeldAfter();

    [GeneratedRegex(@"^[- ](?:controlled|held|run|control)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeldAfter();

    [GeneratedRegex(@"\b(?:his|her|its|their|our|the\s+group's|the\s+movement's)\s+(?:own\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnedBefore();

    /// <summary>
    /// Two modifiers sharing one head noun ("regime and loyalist militia forces", "rebel and Islamist factions",
    /// "Turkish and allied troops"): the first modifier, the conjunction, up to three words, and the shared head.
    /// </summary>
    internal const string SharedHeadPattern =
        @"\b(?<first>[A-Za-z][\w'’]*)\s+(?:and|or|and/or)\s+(?:[\w'’-]+\s+){1,3}?(?<head>forces|fighters|factions|troops|soldiers|militias|militiamen|gunmen|positions)\b";

    /// <summary><see cref="SharedHeadPattern"/> tried only within the run of non-space characters at the start (see <see cref="SharedHeads"/>).</summary>
    [GeneratedRegex(@"\G\S*?" + SharedHeadPattern, RegexOptions.IgnoreCase)]
    private static partial Regex SharedHeadFromWord();

    /// <summary>
    /// The matches of <see cref="SharedHeadPattern"/> in the text, leftmost first and not overlapping, as a scan of the
    /// whole text finds them; the match starts where the scan began (the word before the conjunction), so callers
    /// read its groups and end. A match needs a word, spaces and "and"/"or", so the pattern is tried only from the
    /// word before each "and" or "or" token: a scan from every letter of the text cost about a twentieth of an article's time.
    /// </summary>
    internal static IEnumerable<Match> SharedHeads(string text, IReadOnlyList<Token> tokens)
    {
        int from = 0; // the scan goes on after the last match's end
        foreach (var t in tokens)
        {
            if (!IsAndOr(text, t.Span)) continue;
            int i = t.Span.Start;
            if (i == 0 || !char.IsWhiteSpace(text[i - 1])) continue;
            while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
            int wordEnd = i;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
            // The first modifier ends where the word before the spaces ends, so it starts within that word.
            int start = Math.Max(i, from);
            if (start >= wordEnd) continue;
            var m = SharedHeadFromWord().Match(text, start);
            if (!m.Success) continue;
            yield return m;
            from = m.Index + m.Length;
        }
    }

    private static bool IsAndOr(string text, TextSpan span)
    {
        var word = text.AsSpan(span.Start, span.Length);
        return word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A tribe or clan named by its men or its militia ("Al Hayash tribesmen", "the Bani Ali and Al Badi tribesmen",
    /// "Lukwor clansmen"): a capitalised name (Arabic particles inside it allowed), an optional second name joined by
    /// "and", and the head. The singular "tribe" is left out: "a man from the X tribe" names a victim's kin, not a side.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?<first>(?:[A-Z][\w'’]+)(?:\s+(?:(?:al|el|as|ash|ad|ar|at|az|an|ba|bin|bani|beni|abu|wa)\s+)*[A-Z][\w'’]+)*)\s+and\s+)?(?<name>(?:[A-Z][\w'’]+)(?:\s+(?:(?:al|el|as|ash|ad|ar|at|az|an|ba|bin|bani|beni|abu|wa)\s+)*[A-Z][\w'’]+)*)\s+(?:(?<tribe>tribesmen|tribes|tribal\s+(?:militias?|militiamen|fighters|gunmen))|(?<clan>clansmen|clan\s+(?:militias?|militiamen|fighters|gunmen)))\b")]
    private static partial Regex NamedKin();

    /// <summary>
    /// Clans named as the source of militiamen ("militiamen from the Leelkayse clan and Saad sub-clans", "armed militias
    /// from the Hawadle and Jarer Weyne clans") or as families fighting ("between the Al Salih and Al Tlais families"):
    /// in clan societies a family's or clan's armed men are its militia (ACLED: "... Clan Militia", inter 4).
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:militia(?:s|men)?|fighters|gunmen)\s+from\s+(?:the\s+)?(?:(?<first>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+(?:(?:sub[\s-]?)?clans?\s+)?and\s+(?:the\s+)?)?(?<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+(?:sub[\s-]?)?clans?|(?<first>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+and\s+(?:the\s+)?(?<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+families)\b")]
    private static partial Regex KinOfMilitiamen();

    /// <summary>Fighting between clans or families no report names ("inter-clan clashes", "between two families").</summary>
    [GeneratedRegex(@"\b(?:(?:inter-?clan|clan-based|clan)\s+(?:violence|clashes|fighting|conflict)|between\s+(?:two\s+)?(?:rival\s+)?(?:families|clans))\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedKinFighting();

    /// <summary>Capitalised words that describe kin without naming it ("Unidentified tribesmen", "Armed tribesmen").</summary>
    private static readonly HashSet<string> NotKinNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Unidentified", "Unknown", "Armed", "Local", "Rival", "Several", "Two", "Three", "Some", "The", "Other", "Many",
        "Hundreds", "Dozens", "Tribal", "Clan", "Sunni", "Shia", "Shiite", "Pro", "Anti",
    };

    /// <summary>
    /// Named tribes and clans are ACLED identity militias named after them ("Al Hayash Tribal Militia (Yemen)", inter 4);
    /// two names joined by "and" under one head are two opposing kin groups ("between Al Muaili and Al Mahtam tribesmen").
    /// A country adjective is no tribe ("Yemeni tribesmen").
    /// </summary>
    // Every match holds one of the head words: most texts hold none, and then the pattern (tried from every capitalised
    // word otherwise) is not run at all.
    internal static readonly PrefilteredRegex NamedKinIn = new(NamedKin());
    private static readonly PrefilteredRegex KinOfMilitiamenIn = new(KinOfMilitiamen());
    private static readonly PrefilteredRegex UnnamedKinFightingIn = new(UnnamedKinFighting());

    private void ReadNamedKin(string text, List<ActorMention> mentions)
    {
        if (KinOfMilitiamenIn.MayOccurIn(text))
            foreach (Match m in KinOfMilitiamen().Matches(text))
                foreach (var g in new[] { m.Groups["first"], m.Groups["name"] })
                {
                    if (!g.Success || !IsKinName(g.Value)) continue;
                    // The first clan's mention takes in the head word ("militiamen from the X"): the men are that clan's.
                    // The last clan's takes in the kin word ("... Al Tlais families": no civilian families).
                    bool first = m.Groups["first"].Success ? g == m.Groups["first"] : true;
                    var span = new TextSpan(first ? Math.Min(m.Index, g.Index) : g.Index, g == m.Groups["name"] ? m.Index + m.Length : g.Index + g.Length);
                    AddKin(mentions, span, KinMilitia(g.Value, "Clan"));
                }
        if (UnnamedKinFightingIn.MayOccurIn(text))
            foreach (Match m in UnnamedKinFighting().Matches(text))
                AddKin(mentions, new TextSpan(m.Index, m.Index + m.Length), UnidentifiedClans);
        if (!NamedKinIn.MayOccurIn(text)) return;
        foreach (Match m in NamedKin().Matches(text))
        {
            string kind = m.Groups["tribe"].Success ? "Tribal" : "Clan";
            foreach (var g in new[] { m.Groups["first"], m.Groups["name"] })
            {
                if (!g.Success || !IsKinName(g.Value)) continue;
                var span = g == m.Groups["name"] ? new TextSpan(g.Index, m.Index + m.Length) : new TextSpan(g.Index, g.Index + g.Length);
                AddKin(mentions, span, KinMilitia(g.Value, kind));
            }
        }
    }

    /// <summary>A named tribe's or clan's militia (ACLED: "X Tribal Militia (country)", "X Clan Militia (country)"), inter 4.</summary>
    private static GenericRole KinMilitia(string name, string kind) => new($"{name} {kind} Militia ({{country}})", 4, "identity");

    /// <summary>Adds a kin militia's mention unless a side already found covers part of its words.</summary>
    private static void AddKin(List<ActorMention> mentions, TextSpan span, GenericRole role)
    {
        if (!mentions.Any(x => x.Span.Overlaps(span))) mentions.Add(new ActorMention(span, null, role));
    }

    /// <summary>The role of clan militias no report names; a battle between them has one on either side.</summary>
    internal static readonly GenericRole UnidentifiedClans = new("Unidentified Clan Militia ({country})", 4, "identity");

    private bool IsKinName(string name)
    {
        string first = name.Split(' ', 2)[0];
        return !NotKinNames.Contains(first) && countryOfAdjective?.Invoke(first) is null && countryOfAdjective?.Invoke(name) is null;
    }

    /// <summary>
    /// Forces named after a political party ("pro-Islah security forces", "the Islah-affiliated 22nd Armored Brigade",
    /// "Islah forces"): a party has no army of its own, so these are its country's state forces loyal to it.
    /// </summary>
    private static ActorMention? PartysForces(string text, TextSpan name, Actor party)
    {
        if (party.Kind != "party" || party.Country is null) return null;
        var m = ForcesAfterParty().Match(text, name.End, Math.Min(48, text.Length - name.End));
        if (!m.Success) return null;
        bool police = m.Groups["kind"].Value.StartsWith("police", StringComparison.OrdinalIgnoreCase);
        // Bound to the party's country, so they count as a local actor of it, as the party itself did.
        var role = new GenericRole(police ? "Police Forces of {country}" : "Military Forces of {country}", 1, police ? "police" : "military", party.Country);
        return new ActorMention(new TextSpan(name.Start, m.Index + m.Length), null, role) { Country = party.Country };
    }

    [GeneratedRegex(@"\G(?:-?(?:affiliated|aligned|allied|loyal|linked)\b)?\s+(?:[\w'’-]+\s+){0,2}?(?<kind>security\s+forces|special\s+forces|forces|troops|soldiers|brigades?|units|military|police(?:men)?|army)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForcesAfterParty();

    public List<ActorMention> Find(string text, IReadOnlyList<Token> tokens)
    {
        var mentions = new List<ActorMention>();
        var partysForces = new List<ActorMention>();
        foreach (var m in kb.Names.FindAll(text, tokens))
        {
            // A known actor is named with a capital; a lower-case alias counts when it holds a name ("pro-Hadi forces",
            // "regime or Russian") and is written as the knowledge base spells it, never by shape alone.
            if (!char.IsUpper(text[m.Span.Start]) && !StartsWithArticleThenCapital(text, m.Span)
                && (m.ByShape || !HasCapital(text, m.Span) || !m.Candidates[0].Aliases.Any(a => a.Length > 0 && char.IsLower(a[0]) && m.Span.Of(text).EndsWith(a, StringComparison.OrdinalIgnoreCase)))
                && !LowerCaseProperName(text, m)) continue;
            var actor = m.Candidates[0];
            var mention = actor.IsPerson ? ThroughPerson(text, m.Span, actor) : new ActorMention(m.Span, actor, null);
            // "anti-Houthi forces" are the Houthis' enemies, not the Houthis.
            if (m.Span.Start >= 5 && text.AsSpan(m.Span.Start - 5, 5).Equals("anti-", StringComparison.OrdinalIgnoreCase)) mention = mention with { Opposed = true };
            else if (PartysForces(text, m.Span, actor) is { } forces) { partysForces.Add(forces); continue; }
            mentions.Add(mention);
        }
        // A unit the knowledge base names inside the phrase ("the Islah-affiliated 22nd Armored Brigade") is the better name.
        mentions.AddRange(partysForces.Where(f => !mentions.Any(x => x.Span.Overlaps(f.Span))));
        foreach (var t in tokens)
        {
            if (t.Span.Length < 2 || t.Span.Length > 7 || !IsAllCaps(text, t.Span)) continue;
            if (mentions.Any(x => x.Span.Overlaps(t.Span))) continue;
            // A two-letter acronym that is also a word ("IS") counts only in ordinary text, never in a shouted headline.
            if (t.Span.Length == 2 && Shouted(text, t.Span)) continue;
            if (kb.ByAcronym(t.Span.Of(text)) is { } a) mentions.Add(new ActorMention(t.Span, a, null));
        }
        if (countryOfAdjective is not null)
        {
            // "Turkish troops", "the Syrian army", "Ukrainian Forces", "Saudi rocket and artillery shelling": state forces of
            // the adjective's country, wherever they act.
            foreach (Match m in NationalForces().Matches(text))
            {
                var iso3 = countryOfAdjective(m.Groups["adj"].Value);
                if (iso3 is null) continue;
                var span = new TextSpan(m.Index, m.Index + m.Length);
                if (mentions.Any(x => x.Span.Overlaps(span))) continue;
                bool police = m.Groups["kind"].Value.StartsWith("police", StringComparison.OrdinalIgnoreCase) || m.Groups["kind"].Value.StartsWith("gendarm", StringComparison.OrdinalIgnoreCase);
                var role = new GenericRole(police ? "Police Forces of {country}" : "Military Forces of {country}", 1, police ? "police" : "military");
                mentions.Add(new ActorMention(span, null, role) { Country = iso3 });
            }
        }
        ReadNamedKin(text, mentions);
        foreach (var r in kb.Roles.FindAll(text, tokens))
        {
            if (mentions.Any(x => x.Span.Overlaps(r.Span))) continue;
            // "NAF rebel forces", "Houthi fighters", "IS militants": the role word describes the actor just named.
            if (mentions.Any(x => x.Actor is not null && x.Span.End <= r.Span.Start && r.Span.Start - x.Span.End <= 2)) continue;
            // "his troops", "their fighters": a group's own men, not the state's forces or a new actor.
            if (OwnedBefore().IsMatch(text.AsSpan(Math.Max(0, r.Span.Start - 12), Math.Min(12, r.Span.Start)))) continue;
            // "regime Tiger Forces": the role word describes the actor named next.
            if (mentions.Any(x => x.Actor is not null && x.Span.Start >= r.Span.End && x.Span.Start - r.Span.End <= 1)) continue;
            // "regime-held towns", "under regime control" name who holds a place, not a side; "anti-government forces"
            // are not the government's.
            if (HeldAfter().IsMatch(text.AsSpan(r.Span.End, Math.Min(12, text.Length - r.Span.End)))) continue;
            // "military reinforcements", "military vehicles": a bare adjective describing what a side brought, not a side.
            if (r.Span.Length == 8 && text.AsSpan(r.Span.Start, 8).Equals("military", StringComparison.OrdinalIgnoreCase)
                && EquipmentAfter().IsMatch(text.AsSpan(r.Span.End, Math.Min(24, text.Length - r.Span.End)))) continue;
            // "civilian property", "civilian areas", "a civilian farm": what was hit belongs to civilians; only harm to people makes them a side.
            if (r.Candidates[0].Inter == 7 && r.Span.Length <= 10 && text.AsSpan(r.Span.Start, r.Span.Length).EndsWith("civilian", StringComparison.OrdinalIgnoreCase)
                && CivilianPlaceAfter().IsMatch(text.AsSpan(r.Span.End, Math.Min(26, text.Length - r.Span.End)))) continue;
            bool opposed = r.Span.Start >= 5 && text.AsSpan(r.Span.Start - 5, 5).Equals("anti-", StringComparison.OrdinalIgnoreCase);
            mentions.Add(new ActorMention(r.Span, null, r.Candidates[0]) { Country = r.Candidates[0].Country, Opposed = opposed });
        }
        ReadElidedHeads(text, tokens, mentions);
        // "a former US military base", "the army hospital": the words name a place, not a side.
        mentions.RemoveAll(m => FacilityAfter().IsMatch(text.AsSpan(m.Span.End, Math.Min(16, text.Length - m.Span.End))));
        // "the Islamic State-held camp", "HTS-controlled areas": who holds the place (a hyphen: "the YPG controlled the
        // town" is a deed).
        for (int i = 0; i < mentions.Count; i++)
            if (mentions[i].Actor is not null && HyphenHeldAfter().IsMatch(text.AsSpan(mentions[i].Span.End, Math.Min(14, text.Length - mentions[i].Span.End))))
                mentions[i] = mentions[i] with { HoldsPlace = true };
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        ReadCompanions(text, mentions);
        return mentions;
    }

    /// <summary>
    /// The words that put a side beside the one named before it ("the army shelled the town in conjunction with Russian
    /// airstrikes", "regime forces supported by QSD", "rebels under OPS"),
    /// right before it (an article or a count between).
    /// </summary>
    [GeneratedRegex(@"\b(?:in\s+conjunction\s+with|along\s+with|accompanied\s+by|alongside|together\s+with|backed\s+by|supported\s+by|suppo?rted\s+by|with\s+the\s+(?:support|help|backing)\s+of|(?:operating\s+)?under(?:\s+the\s+(?:command|umbrella)\s+of)?)\s+(?:the\s+|at\s+least\s+\d+\s+|\d+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CompanionBefore();

    [GeneratedRegex(@"\bunder\s+(?:the\s+(?:command|umbrella)\s+of\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UnderBefore();

    /// <summary>
    /// A name without a head noun joined by "and" to a side that has one shares it ("National Resistance and Saudi-led
    /// coalition forces"): one side, unless after "between" or fighting each other. A plural name ("Houthis") has its own head.
    /// </summary>
    private static bool SharesNamedHead(string text, ActorMention first, ActorMention second)
    {
        if (first.Actor is null || first.SharedHead is not null) return false;
        if (!text.AsSpan(first.Span.End, second.Span.Start - first.Span.End).Equals(" and ", StringComparison.Ordinal)) return false;
        string a = first.Span.Of(text);
        if (a.EndsWith('s') || HeadNoun().IsMatch(a)) return false;
        if (!HeadNoun().IsMatch(second.Span.Of(text)) && !HeadNounAfter().IsMatch(text.AsSpan(second.Span.End, Math.Min(14, text.Length - second.Span.End)))) return false;
        return !Between().IsMatch(text.AsSpan(Math.Max(0, first.Span.Start - 30), Math.Min(30, first.Span.Start)))
               && !EachOther().IsMatch(text.AsSpan(second.Span.End, Math.Min(40, text.Length - second.Span.End)));
    }

    [GeneratedRegex(@"\b(?:forces|troops|fighters|factions|militias|militiamen|soldiers)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadNoun();

    [GeneratedRegex(@"^\s+(?:forces|troops|fighters|factions|militias|militiamen|soldiers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeadNounAfter();

    /// <summary>A side named as another's companion stands with it: both get the first one's <see cref="ActorMention.SharedHead"/>.</summary>
    private static void ReadCompanions(string text, List<ActorMention> mentions)
    {
        for (int i = 1; i < mentions.Count; i++)
        {
            var prev = mentions[i - 1];
            var m = mentions[i];
            if (prev.Opposed || m.Opposed || prev.Span.End > m.Span.Start || m.Span.Start - prev.Span.End > 120) continue;
            var between = text.AsSpan(prev.Span.End, m.Span.Start - prev.Span.End);
            if (!CompanionBefore().IsMatch(between) && !SharesNamedHead(text, prev, m)) continue;
            int head = prev.SharedHead ?? prev.Span.Start;
            mentions[i - 1] = prev with { SharedHead = head };
            mentions[i] = m with { SharedHead = head, Leads = UnderBefore().IsMatch(between) };
            // A companion named under a head with others ("supported by the rebel and Islamist factions") brings them along.
            if (m.SharedHead is { } own && own != head)
                for (int j = i + 1; j < mentions.Count; j++)
                    if (mentions[j].SharedHead == own) mentions[j] = mentions[j] with { SharedHead = head };
        }
    }

    /// <summary>
    /// The first of two modifiers sharing a head noun names a side of its own when it names one with that head
    /// ("regime and loyalist militia forces": "regime forces"; "rebel and Islamist factions": "rebel factions"), as
    /// long as the words after the conjunction name a side too (so "Aleppo and Idlib countryside" stays unread).
    /// Both are marked as one side unless the phrase follows "between" ("clashes between HTS and HNDZ fighters") or
    /// they fight each other ("Burundian and Rwandan soldiers clashed").
    /// </summary>
    private void ReadElidedHeads(string text, IReadOnlyList<Token> tokens, List<ActorMention> mentions)
    {
        foreach (var m in SharedHeads(text, tokens))
        {
            var first = m.Groups["first"];
            var span = new TextSpan(first.Index, first.Index + first.Length);
            var rest = new TextSpan(first.Index + first.Length, m.Index + m.Length);
            int second = mentions.FindIndex(x => rest.Contains(x.Span) || x.Span.Overlaps(rest) && x.Span.End >= rest.End);
            if (second < 0 || mentions.Any(x => x.Span.Overlaps(span))) continue;
            string phrase = first.Value + " " + m.Groups["head"].Value.ToLowerInvariant();
            ActorMention? elided = null;
            // A capitalised modifier may be a known name ("Regime forces", "Houthi fighters"); a lower-case one only a role.
            if (char.IsUpper(first.Value[0]) && kb.Names.Lookup(phrase) is [var actor, ..] && !actor.IsPerson)
                elided = new ActorMention(span, actor, null);
            else if (kb.Roles.Lookup(phrase) is [var role, ..])
                elided = new ActorMention(span, null, role) { Country = role.Country };
            // A country adjective, not a people ("Palestinians and Israeli forces" are two sides).
            else if (!first.Value.EndsWith('s') && countryOfAdjective?.Invoke(first.Value) is { } iso3 && NationalForces().IsMatch(phrase))
                elided = new ActorMention(span, null, new GenericRole("Military Forces of {country}", 1, "military")) { Country = iso3 };
            if (elided is null) continue;
            // "clashes between HTS and HNDZ fighters" names two opponents; otherwise the two stand on one side.
            // So does "Burundian and Rwandan soldiers clashed" (with each other; "... clashed with X" is one side).
            int end = m.Index + m.Length;
            bool opponents = Between().IsMatch(text.AsSpan(Math.Max(0, span.Start - 30), Math.Min(30, span.Start)))
                             || EachOther().IsMatch(text.AsSpan(end, Math.Min(40, text.Length - end)));
            if (!opponents)
            {
                elided = elided with { SharedHead = span.Start };
                mentions[second] = mentions[second] with { SharedHead = span.Start };
            }
            mentions.Add(elided);
        }
    }

    [GeneratedRegex(@"\b(?:between|among)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"^\s+(?:\w+\s+)?(?:clashed|fought|exchanged\s+(?:fire|shelling|gunfire))\b(?!\s+(?:with|against|alongside)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EachOther();

    /// <summary>A person stands for the group named with them: "X's militia" -> what X commands; "supporters of X" -> what X leads.</summary>
    private ActorMention ThroughPerson(string text, TextSpan span, Actor person)
    {
        var after = GroupAfterPerson().Match(text.Substring(span.End, Math.Min(50, text.Length - span.End)));
        int from = Math.Max(0, span.Start - 70);
        var before = GroupBeforePerson().Match(text.Substring(from, span.Start - from));
        var word = after.Success ? after.Groups["word"].Value : before.Success ? before.Groups["word"].Value : null;
        if (word is null) return new ActorMention(span, person, null);
        bool armed = !word.StartsWith("support", StringComparison.OrdinalIgnoreCase) && !word.StartsWith("follow", StringComparison.OrdinalIgnoreCase)
                     && !word.StartsWith("movement", StringComparison.OrdinalIgnoreCase) && !word.StartsWith("party", StringComparison.OrdinalIgnoreCase);
        var group = GroupOf(person, armed);
        if (group is null) return new ActorMention(span, person, null);
        var wide = after.Success ? new TextSpan(span.Start, span.End + after.Length) : span;
        return new ActorMention(wide, group, null, person);
    }

    /// <summary>The organisation a person stands for: the armed group they command, or the movement they lead.</summary>
    public Actor? GroupOf(Actor person, bool armed)
    {
        string[] order = armed ? ["commands", "leads", "heads"] : ["leads", "heads", "commands"];
        foreach (var type in order)
            foreach (var id in person.Related(type))
                if (kb.ById(id) is { } g) return g;
        return kb.LedBy(person.Id);
    }

    /// <summary>A proper name of three words or more written in lower case ("the children of fire initiative"): exact, and capitalised in the knowledge base.</summary>
    private static bool LowerCaseProperName(string text, PhraseMatch<Actor> m)
    {
        if (m.ByShape) return false;
        var written = m.Span.Of(text);
        if (written.Count(c => c == ' ') < 2) return false;
        var a = m.Candidates[0];
        return a.Aliases.Append(a.Name).Any(n => n.Length > 0 && char.IsUpper(n[0]) && n.Count(c => c == ' ') >= 2 && written.EndsWith(n, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>More capitals than small letters in the 40 characters either side.</summary>
    private static bool Shouted(string text, TextSpan span)
    {
        int from = Math.Max(0, span.Start - 40), to = Math.Min(text.Length, span.End + 40), upper = 0, lower = 0;
        for (int i = from; i < to; i++)
        {
            if (i >= span.Start && i < span.End) continue;
            if (char.IsUpper(text[i])) upper++;
            else if (char.IsLower(text[i])) lower++;
        }
        return upper >= lower;
    }

    private static bool HasCapital(string text, TextSpan span)
    {
        for (int i = span.Start; i < span.End; i++)
            if (char.IsUpper(text[i])) return true;
        return false;
    }

    private static bool IsAllCaps(string text, TextSpan span)
    {
        for (int i = span.Start; i < span.End; i++)
            if (char.IsLetter(text[i]) && !char.IsUpper(text[i])) return false;
        return true;
    }

    private static bool StartsWithArticleThenCapital(string text, TextSpan span)
    {
        int sep = text.IndexOfAny(['-', ' '], span.Start, span.Length);
        return sep > 0 && sep + 1 < span.End && char.IsUpper(text[sep + 1]);
    }
}
