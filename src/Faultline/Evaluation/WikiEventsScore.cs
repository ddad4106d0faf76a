using System.Text.RegularExpressions;
using Faultline.Actors;
using Faultline.Events;

namespace Faultline.Evaluation;

/// <summary>What a gold argument span stands for when it names no one: a kind of side.</summary>
public enum GoldSideKind { Unusable, Named, NonStateArmed, StateForces, Civilians, Protesters }

/// <summary>
/// Compares our actors with WikiEvents' Attacker/Target (Demonstrator for protests) argument spans. A gold span matches
/// one of our sides (actor1, actor2, the associated actors) when, after <see cref="NameNormaliser"/>:
/// <list type="number">
/// <item>the names are equal, or the span (or a coreferent mention of its entity) resolves in the knowledge base to the
/// actor we coded (dated state-force brackets ignored);</item>
/// <item>its head word (last word, a capitalised name of three letters or more) is a word of our actor's name;</item>
/// <item>it is a generic role of the same kind as our side (by inter code): unnamed armed attackers ("gunmen", "bombers",
/// "terrorists", "the brigade") = a non-state armed group (inter 2, 3, 4); soldiers, police, patrols, camps and bases =
/// state forces (inter 1, or 8 for foreign forces); people, civilians and civilian places or things ("bakery",
/// "building") = civilians (inter 7); demonstrators = protesters or rioters (6, 5).</item>
/// </list>
/// Pronouns and other spans that name nothing ("those", "it", "who") are unusable unless a coreferent mention names the
/// entity; a role is required only when one of its spans is usable.
/// </summary>
public sealed partial class WikiActorMatcher(ActorKnowledgeBase kb)
{
    [GeneratedRegex(@"^(?:bombers?|terrorists?|militants?|gunm[ae]n|attackers?|assailants?|insurgents?|rebels?|fighters?|jihadists?|extremists?|brigades?|cells?|units?|groups?|organi[sz]ations?|militias?|militiam[ae]n|perpetrators?|suspects?|hijackers?|kidnappers?|snipers?|paramilitar(?:y|ies)|gangs?|volunteers?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArmedHead();

    [GeneratedRegex(@"^(?:soldiers?|troops?|forces?|army|armies|military|police(?:m[ae]n)?|officers?|patrols?|convoys?|camps?|bases?|garrisons?|checkpoints?|servicem[ae]n|personnel|marines?|guards?|outposts?|barracks|posts?|generals?|commanders?|units?)$", RegexOptions.IgnoreCase)]
    private static partial Regex StateHead();

    [GeneratedRegex(@"^(?:people|persons?|civilians?|residents?|villagers?|passers-?by|pedestrians?|shoppers?|passengers?|children|women|men|students?|workers?|worshippers?|crowds?|families|family|customers?|victims?|bakery|bakeries|cafe|café|cafes|restaurants?|buildings?|shops?|stores?|markets?|streets?|bus(?:es)?|trains?|stations?|hotels?|churches?|mosques?|schools?|hospitals?|homes?|houses?|offices?|pubs?|bars?|cars?|vehicles?|centres?|centers?|squares?|malls?|airports?|embassy|embassies|marathon|spectators?|runners?|diners?|tourists?|pilgrims?)$", RegexOptions.IgnoreCase)]
    private static partial Regex CivilianHead();

    [GeneratedRegex(@"^(?:demonstrators?|protesters?|protestors?|supporters?|activists?|marchers?|opponents?|students?|workers?|crowds?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ProtesterHead();

    [GeneratedRegex(@"^(?:it|its|they|them|their|those|these|this|that|who|whom|which|he|him|his|she|her|we|us|you|one|ones|people|someone|anyone)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    /// <summary>One of our sides: its name and inter code (0 when unknown, for associated actors).</summary>
    public sealed record Side(string Name, int Inter);

    public static IReadOnlyList<Side> SidesOf(CodedEvent e)
    {
        var sides = new List<Side>();
        if (e.Actor1 is { } a1) sides.Add(new Side(a1, e.Inter1));
        if (e.Actor2 is { } a2) sides.Add(new Side(a2, e.Inter2));
        foreach (var assoc in new[] { e.AssocActor1, e.AssocActor2 })
            if (assoc is not null)
                foreach (var n in assoc.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) sides.Add(new Side(n, 0));
        return sides;
    }

    private static string Head(string span)
    {
        var words = span.Split([' ', '-', '’', '\''], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : words[^1].Trim('.', ',', '"', '“', '”');
    }

    /// <summary>What a span stands for, by itself (no coreference).</summary>
    public GoldSideKind KindOf(string span, bool demonstration)
    {
        string s = span.Trim();
        if (s.Length == 0) return GoldSideKind.Unusable;
        if (kb.Resolve(s) is not null) return GoldSideKind.Named;
        string head = Head(s);
        if (demonstration && ProtesterHead().IsMatch(head)) return GoldSideKind.Protesters;
        // A generic role of the knowledge base ("gunmen", "civilians", "the army").
        var roles = kb.Roles.Lookup(s);
        if (roles.Count == 0 && s.Contains(' ')) roles = kb.Roles.Lookup(head);
        if (roles.Count > 0)
            return roles[0].Inter switch { 1 => GoldSideKind.StateForces, 7 => GoldSideKind.Civilians, 5 or 6 => GoldSideKind.Protesters, _ => GoldSideKind.NonStateArmed };
        if (Pronoun().IsMatch(s)) return GoldSideKind.Unusable;
        // The head word first, then the other words ("Camp Shorabak", "Murrah Federal Building").
        var words = s.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '"', '“', '”', '’', '\'')).Reverse();
        foreach (var w in words)
        {
            if (ArmedHead().IsMatch(w)) return GoldSideKind.NonStateArmed;
            if (StateHead().IsMatch(w)) return GoldSideKind.StateForces;
            if (CivilianHead().IsMatch(w)) return GoldSideKind.Civilians;
        }
        // A capitalised name that the knowledge base does not know still names someone.
        return char.IsUpper(head.FirstOrDefault()) && head.Length >= 2 ? GoldSideKind.Named : GoldSideKind.Unusable;
    }

    /// <summary>True when the argument (or a coreferent mention) says who the side was.</summary>
    public bool Usable(KairosArgument a, bool demonstration) =>
        KindOf(a.Text, demonstration) != GoldSideKind.Unusable || a.Coreferent.Any(c => KindOf(c, demonstration) != GoldSideKind.Unusable);

    public bool Matches(KairosArgument a, IReadOnlyList<Side> sides, bool demonstration) =>
        new[] { a.Text }.Concat(a.Coreferent).Any(span => sides.Any(side => Matches(span, side, demonstration)));

    public bool Matches(string span, Side side, bool demonstration)
    {
        string key = NameNormaliser.Actor(span), ours = NameNormaliser.Actor(side.Name);
        if (key.Length == 0) return false;
        if (key == ours) return true;
        if (kb.Resolve(span) is { } actor && (NameNormaliser.Actor(actor.Name) == ours || ours.StartsWith(NameNormaliser.Actor(actor.Name), StringComparison.Ordinal))) return true;
        string head = Head(span);
        if (head.Length >= 3 && char.IsUpper(head[0]) && Words(side.Name).Contains(NameNormaliser.Actor(head))) return true;
        return KindOf(span, demonstration) switch
        {
            GoldSideKind.NonStateArmed => side.Inter is 2 or 3 or 4,
            GoldSideKind.StateForces => side.Inter is 1 or 8,
            GoldSideKind.Civilians => side.Inter == 7,
            GoldSideKind.Protesters => side.Inter is 5 or 6,
            _ => false,
        };
    }

    private static HashSet<string> Words(string name) =>
        Regex.Split(name, @"[^\p{L}\p{N}]+").Where(w => w.Length > 0).Select(NameNormaliser.Actor).ToHashSet();
}

/// <summary>
/// Accumulates the WikiEvents evaluation (issue #6 bar 4): for each document, our primary event (as for ACLED rows:
/// primary, else first foreground, else first) against the gold primary event (<see cref="WikiGoldPrimary"/>). Type
/// right = our sub-event type is one the KAIROS type maps to (<see cref="KairosMapping"/>), or both say "none". Actors
/// right = each gold role (attacker; target) with a usable span is matched by one of our sides
/// (<see cref="WikiActorMatcher"/>); a document whose gold names no usable side passes the actor check. Document right =
/// type right and actors right.
/// </summary>
public sealed class WikiEventsScore(ActorKnowledgeBase kb, int examplesKept = 20)
{
    private readonly WikiActorMatcher _matcher = new(kb);
    private readonly WorstExamples _typeErrors = new(examplesKept, 3);
    private readonly WorstExamples _actorErrors = new(examplesKept, 3);
    private readonly ConfusionMatrix _types = new();
    private readonly List<IReadOnlyList<string>> _perDoc = [];

    public int Documents { get; private set; }
    public Rate TypeRight { get; } = new();
    public Rate EventTypeRight { get; } = new();
    public Rate ActorsRight { get; } = new();
    public Rate ActorsRightWhereGold { get; } = new();
    public Rate AttackerRight { get; } = new();
    public Rate TargetRight { get; } = new();
    public Rate DocumentRight { get; } = new();
    public Rate NoneRight { get; } = new();

    public void Add(WikiEventsDoc doc, CodedEvent? predicted)
    {
        Documents++;
        var gold = WikiGoldPrimary.Of(doc);
        string goldLabel = gold.Type ?? CaseLabels.None;
        string predLabel = predicted?.SubEventType ?? CaseLabels.None;
        bool typeOk = gold.Type is null ? predicted is null : predicted is not null && KairosMapping.AcledSubTypes(gold.Type).Contains(predicted.SubEventType);
        bool eventTypeOk = gold.Type is null ? predicted is null : predicted is not null && KairosMapping.AcledEventTypes(gold.Type).Contains(predicted.EventType);
        TypeRight.Add(typeOk);
        EventTypeRight.Add(eventTypeOk);
        if (gold.Type is null) NoneRight.Add(predicted is null);
        _types.Add(goldLabel, predicted?.EventType ?? CaseLabels.None);

        bool demo = gold.Type is not null && KairosMapping.IsDemonstration(gold.Type);
        var sides = predicted is null ? [] : WikiActorMatcher.SidesOf(predicted);
        bool? RoleOk(IReadOnlyList<KairosArgument> args)
        {
            var usable = args.Where(a => _matcher.Usable(a, demo)).ToList();
            if (usable.Count == 0) return null;
            return usable.Any(a => _matcher.Matches(a, sides, demo));
        }
        bool? attacker = RoleOk(gold.Attackers), target = RoleOk(gold.Targets);
        if (attacker is { } ao) AttackerRight.Add(ao);
        if (target is { } to) TargetRight.Add(to);
        bool actorsOk = attacker != false && target != false;
        ActorsRight.Add(actorsOk);
        if (attacker is not null || target is not null) ActorsRightWhereGold.Add(actorsOk);
        DocumentRight.Add(typeOk && actorsOk);

        string goldActors = Describe(gold.Attackers, demo ? "demonstrator" : "attacker") + " / " + Describe(gold.Targets, "target");
        string predActors = predicted is null ? "-" : string.Join("; ", sides.Select(s => s.Inter > 0 ? $"{s.Name} [{s.Inter}]" : s.Name));
        string lead = Lead(doc.Text);
        if (!typeOk) _typeErrors.AddPattern(new Example(doc.Id, lead, $"{goldLabel} ({gold.Mentions} mentions)", predLabel));
        if (!actorsOk) _actorErrors.AddPattern(new Example(doc.Id, lead, goldActors, predActors, Pattern: $"attacker {Mark(attacker)}, target {Mark(target)}"));
        _perDoc.Add([doc.Id, goldLabel, predLabel, typeOk ? "yes" : "no", goldActors, predActors, actorsOk ? "yes" : "no"]);
    }

    private static string Mark(bool? ok) => ok switch { null => "n/a", true => "right", false => "wrong" };

    private static string Describe(IReadOnlyList<KairosArgument> args, string role) =>
        args.Count == 0 ? $"no {role}" : string.Join(", ", args.Select(a => a.Coreferent.Count == 0 ? a.Text : $"{a.Text} (= {string.Join(", ", a.Coreferent.Take(3))})").Distinct());

    private static string Lead(string text) => text.Length <= 300 ? text : text[..300];

    public EvalReport Report(string title) => new()
    {
        Title = title,
        Notes =
        [
            "Gold primary event = the KAIROS conflict type mentioned most often in the document (ties: first mentioned), with the Attacker/Target (Demonstrator) arguments of its mentions; no Conflict.* mention = gold \"none\".",
            "Type right = our primary event's sub-event type is one the KAIROS type maps to (see KairosMapping), or none for none. Actors right = each gold role with a usable span is matched by one of our sides (name, knowledge-base resolution, head word, or generic role of the same kind); documents right = both.",
            "No publication date is given (WikiEvents has none).",
        ],
        Figures =
        [
            new("documents", Documents), new("document_right", DocumentRight.Percent), new("type_right", TypeRight.Percent),
            new("event_type_right", EventTypeRight.Percent), new("actors_right", ActorsRight.Percent),
            new("actors_right_where_gold", ActorsRightWhereGold.Percent), new("attacker_right", AttackerRight.Percent), new("target_right", TargetRight.Percent),
            new("none_right", NoneRight.Total == 0 ? null : NoneRight.Percent),
        ],
        Tables =
        [
            new ReportTable("Summary", ["measure", "right", "of", "%"],
            [
                Row("documents right (type and actors)", DocumentRight),
                Row("sub-event type in the KAIROS type's set", TypeRight),
                Row("event type in the KAIROS type's set", EventTypeRight),
                Row("actors right (all documents)", ActorsRight),
                Row("actors right (documents whose gold names a side)", ActorsRightWhereGold),
                Row("attacker / demonstrator matched", AttackerRight),
                Row("target matched", TargetRight),
                Row("gold none: no event found", NoneRight),
            ]),
            new ReportTable("Per document", ["document", "gold primary", "our sub-type", "type", "gold attacker / target", "our actors", "actors"], _perDoc),
            _types.ToTable("Types (rows: gold KAIROS type, columns: our event type)"),
        ],
        Examples =
        [
            new ExampleSection("type", "documents whose primary event has the wrong type (gold KAIROS type -> our sub-type)", _typeErrors.Worst(examplesKept), _typeErrors.TopPatterns(10)),
            new ExampleSection("actors", "documents whose actors miss a gold role (gold attacker / target -> our sides)", _actorErrors.Worst(examplesKept), _actorErrors.TopPatterns(10)),
        ],
    };

    private static IReadOnlyList<string> Row(string label, Rate r) => [label, r.Hits.ToString(), r.Total.ToString(), r.Total == 0 ? "-" : $"{r.Percent:0.0}%"];
}
