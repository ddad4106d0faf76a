using System.Text.RegularExpressions;
using Faultline.Actors;
using Faultline.Places;
using static Faultline.Events.EventTaxonomy;

namespace Faultline.Events;

/// <summary>An actor as coded on an event row: its ACLED name and inter code.</summary>
/// <param name="Home">ISO3 of the state whose forces these are, when they are state forces (to tell forces acting abroad).</param>
public sealed record CodedActor(string Name, int Inter, string? Home = null);

/// <summary>
/// Codes an event's sides the ACLED way: named actors (persons stand for the group they lead), generic roles made
/// country-specific, state forces named for the period in force, and the default sides of each event type.
/// </summary>
internal sealed partial class ActorCoder(ActorKnowledgeBase kb, Gazetteer gazetteer, Wars? wars = null, Deployments? deployments = null)
{
    private readonly Wars _wars = wars ?? Wars.Default;
    private readonly Deployments _deployments = deployments ?? Deployments.Default;

    private readonly ActorFinder _finder = new(kb);

    public Actor GroupOrSelf(Actor person, bool armed) => _finder.GroupOf(person, armed) ?? person;

    /// <summary>An actor as coded on an event row: its ACLED name and inter code.</summary>


    /// <param name="admin1">The event's admin1, and <paramref name="point"/> its coordinates, when known (to find the war and who holds the place).</param>
    public (CodedActor A1, string? Assoc1, CodedActor? A2, string? Assoc2) Assign(EventDraft e, string? countryName, string? iso3, DateOnly? date,
        string? admin1 = null, (double Lat, double Lon)? point = null)
    {
        // A war found only through a cue (a village the gazetteer placed elsewhere) has no trustworthy point to map.
        var war = _wars.At(iso3, admin1, date, e.Observers.Concat(e.Actors).Where(m => m.Actor is not null).Select(m => m.Actor!.Id));
        var (a1, assoc1, a2, assoc2) = Sides(e, countryName, iso3, date, war);
        if (war is not null) (a1, a2) = AtWar(e, war, a1, a2, date, war.Covers(iso3, admin1, date) && admin1 is not null ? point : null);
        return (Abroad(a1, iso3, date), assoc1, a2 is null ? null : Abroad(a2, iso3, date), assoc2);
    }

    /// <summary>ACLED codes a state's forces acting outside their own country as external forces (inter 8): Turkey in Syria, Israel in Palestine.</summary>
    private CodedActor Abroad(CodedActor a, string? iso3, DateOnly? date)
    {
        if (a.Inter != 1 || a.Home is null || iso3 is null || a.Home == iso3) return a;
        // A territory's forces are the sovereign's: the event country's own force names are never "abroad".
        if (kb.StateForcesOf(iso3) is { } sf)
        {
            var (military, police) = sf.On(date);
            if (a.Name.StartsWith(military, StringComparison.Ordinal) || a.Name.StartsWith(police, StringComparison.Ordinal)) return a;
        }
        return a with { Inter = 8 };
    }

    private Dictionary<(string Parent, string Country), Actor>? _branches;

    /// <summary>
    /// A transnational organisation acting in a country is coded as its branch there, named after it ("Islamic State"
    /// in Iraq -> "Islamic State (Iraq)"): a known actor that is part_of it, of that country, named "Parent (...)".
    /// </summary>
    private Actor BranchIn(Actor a, string? iso3)
    {
        if (iso3 is null || a.Country is not null || a.IsPerson) return a;
        var branches = _branches;
        if (branches is null)
        {
            branches = new Dictionary<(string, string), Actor>();
            foreach (var b in kb.Actors.OrderBy(x => x.Id, StringComparer.Ordinal))
                if (b.Country is { } c)
                    foreach (var parent in b.Related("part_of"))
                        if (kb.ById(parent) is { } p && b.Name.StartsWith(p.Name + " (", StringComparison.Ordinal))
                            branches.TryAdd((p.Id, c), b);
            _branches = branches;
        }
        return branches.GetValueOrDefault((a.Id, iso3)) ?? a;
    }

    private Dictionary<(string Leader, string Theatre), Actor>? _operations;

    /// <summary>
    /// A foreign state's forces in the one country where it leads a named operation are coded as that operation
    /// (Saudi forces in Yemen -> "Operation Restoring Hope"): a known actor with that theatre led by the state.
    /// </summary>
    private CodedActor InTheatre(CodedActor a, string? iso3)
    {
        if (a.Home is null || iso3 is null || a.Home == iso3) return a;
        var ops = _operations;
        if (ops is null)
        {
            ops = new Dictionary<(string, string), Actor>();
            foreach (var o in kb.Actors.OrderBy(x => x.Id, StringComparer.Ordinal))
                if (o.Theatre is { } t)
                    foreach (var leader in o.Related("led_by"))
                        if (kb.ById(leader) is { Kind: "government", Country: { } lc }) ops.TryAdd((lc, t), o);
            _operations = ops;
        }
        return ops.GetValueOrDefault((a.Home, iso3)) is { } op ? new CodedActor(op.Name, op.Inter ?? 8) : a;
    }

    /// <summary>
    /// A foreign operation acting in the country of the state leading it is that state's own forces ("the Saudi-led
    /// coalition" striking in Saudi Arabia is the Saudi military).
    /// </summary>
    private CodedActor? AtHome(Actor a, string? iso3, DateOnly? date)
    {
        if (a.Theatre is null || iso3 is null || a.Theatre == iso3) return null;
        bool ledFromHere = a.Related("led_by").Any(id => kb.ById(id) is { Kind: "government", Country: { } c } && c == iso3);
        return ledFromHere ? StateForce(iso3, iso3, police: false, date) : null;
    }

    /// <summary>
    /// The sides of a war fill what a report on its front leaves unsaid: an unattributed battle is fought between them,
    /// a side named alone fights the other, and unattributed shelling comes from the side that does not hold the place.
    /// </summary>
    private (CodedActor A1, CodedActor? A2) AtWar(EventDraft e, War war, CodedActor a1, CodedActor? a2, DateOnly? date, (double Lat, double Lon)? point)
    {
        if (WarSide(war, 0, date) is not { } s0 || WarSide(war, 1, date) is not { } s1) return (a1, a2);
        static bool Unknown(CodedActor? x) => x is not null && x.Name.StartsWith("Unidentified Armed Group (", StringComparison.Ordinal);
        CodedActor? Other(CodedActor? x) => x?.Name == s0.Name ? s1 : x?.Name == s1.Name ? s0 : null;
        // On the second side's soil the first side's opponent is the second side, whoever else the report names beside it.
        if (war.OnSecondSidesSoil && e.EventType is Battles or Explosions or StrategicDevelopments)
        {
            bool Opponent(CodedActor? x) => x is null || x.Inter != 7 && x.Name != s0.Name;
            if (a1.Name == s0.Name && Opponent(a2)) return (a1, s1);
            if (a2?.Name == s0.Name && Opponent(a1)) return (s1, a2);
        }
        if (e.EventType == Battles)
        {
            if (Unknown(a1) && (a2 is null || Unknown(a2) || a2.Inter == 7)) return (s0, s1);
            // Armed men the report calls unidentified stay so: "unknown gunmen" attacking soldiers are not the war's other side.
            if (Other(a1) is { } o1 && (a2 is null || Unknown(a2) && !e.UnidentifiedStated)) return (a1, o1);
            if (Other(a2) is { } o2 && Unknown(a1)) return (o2, a2);
        }
        else if (e.EventType == Explosions && e.SubType is Shelling or AirStrike && a2 is null && e.MilitaryTarget && !Unknown(a1))
        {
            // A strike on forces, camps or positions no report names is on the striker's enemy in the war.
            if (Other(a1) is { } enemy) return (a1, enemy);
            if (Allied(a1, s0) != Allied(a1, s1)) return (a1, Allied(a1, s0) ? s1 : s0);
        }
        else if (e.EventType == Explosions && e.SubType is Shelling or AirStrike && Unknown(a1))
        {
            // Where only one party flies warplanes, an air strike no one is named for is its.
            if (e.SubType == AirStrike && !e.ByDrone && war.AirStrikesBy is { } flier && kb.ById(flier) is { } air)
                return (Coded(air, date), a2?.Name == air.Name ? null : a2);
            if (Other(a2) is { } target) return (target, a2);
            if (e.BothWays && (a2 is null || Unknown(a2))) return (s0, s1);
            if (point is { } p && war.HolderAt(p.Lat, p.Lon) is { } holder)
                return (holder == 1 ? s0 : s1, a2);
            // No place on the map (or no map): the side the war's reports most often have firing (data/wars.yaml).
            if (war.UnplacedFireFrom is { } from)
                return (from == 0 ? s0 : s1, a2);
        }
        return (a1, a2);
    }

    /// <summary>An armed group or a state force: a party's or a movement's members attacked are civilians (ACLED).</summary>
    private bool Fights(CodedActor x) => x.Inter == 1 || kb.Resolve(x.Name) is { Kind: "armed group" or "government" };

    private static readonly string[] Alliance = ["has_part", "part_of", "allied_with", "backed_by", "backs"];

    // Allied, MemberOf and IsPartOf are pure functions of two coded names over a knowledge base fixed once coding
    // starts, and the same few pairs come back report after report: each answer is worked out once (the knowledge-base
    // look-ups, relation lists and the state-forces name pattern) and remembered, per pair, here.
    private readonly PairAnswers _allied = new(), _memberOf = new(), _partOf = new();

    /// <summary>Two coded actors are one side: one is part of, allied with, backs or is backed by the other (knowledge-base relations).</summary>
    private bool Allied(CodedActor x, CodedActor y) =>
        _allied.TryGet(x.Name, y.Name, out bool known) ? known : _allied.Remember(x.Name, y.Name, AlliedUncached(x, y));

    private bool AlliedUncached(CodedActor x, CodedActor y)
    {
        if (kb.Resolve(x.Name) is not { } ax || kb.Resolve(y.Name) is not { } ay || ax == ay) return false;
        // A unit stands with what its force stands with ("... Amajid Brigade" is part of the army the resistance fights beside).
        var xs = Parents(ax, x.Name);
        var ys = Parents(ay, y.Name);
        if (xs.Intersect(ys).Any()) return false;
        // A state's forces stand with what their government backs abroad (Turkish troops beside the Turkish-backed
        // factions in Syria); at home rival authorities claim one government, which decides nothing.
        if (ax.Country != ay.Country)
        {
            AddGovernment(ax, xs);
            AddGovernment(ay, ys);
        }
        bool Linked(IEnumerable<string> from, List<string> to) => from.Any(id => kb.ById(id) is { } a && a.Related(Alliance).Any(to.Contains));
        return Linked(xs, ys) || Linked(ys, xs);
    }

    private void AddGovernment(Actor a, List<string> ids)
    {
        if (a.Inter == 1 && a.Country is { } country && GovernmentOf(country) is { } government && !ids.Contains(government)) ids.Add(government);
    }

    /// <summary>The group is a member of the front (its own knowledge-base part_of: the Ahrar al-Sham of the JTS).</summary>
    private bool MemberOf(CodedActor member, CodedActor front) =>
        _memberOf.TryGet(member.Name, front.Name, out bool known) ? known : _memberOf.Remember(member.Name, front.Name, MemberOfUncached(member, front));

    private bool MemberOfUncached(CodedActor member, CodedActor front) =>
        member.Name != front.Name && kb.Resolve(member.Name) is { } m && kb.Resolve(front.Name) is { } f && m != f && m.Related("part_of").Contains(f.Id);

    /// <summary>The umbrella actor lists the other (or a force it is a unit of) among its parts (knowledge-base has_part).</summary>
    private bool IsPartOf(CodedActor part, CodedActor umbrella) =>
        _partOf.TryGet(part.Name, umbrella.Name, out bool known) ? known : _partOf.Remember(part.Name, umbrella.Name, IsPartOfUncached(part, umbrella));

    private bool IsPartOfUncached(CodedActor part, CodedActor umbrella)
    {
        if (kb.Resolve(part.Name) is not { } p || kb.Resolve(umbrella.Name) is not { } u || p == u) return false;
        var parts = u.Related("has_part").ToHashSet();
        return Parents(p, part.Name).Any(parts.Contains);
    }

    /// <summary>An actor's id with those of what it is part of, a state unit's force included ("Military Forces of Yemen (2012-) Amajid Brigade").</summary>
    private List<string> Parents(Actor a, string codedName)
    {
        var ids = a.Related("part_of").Append(a.Id).ToList();
        var m = StateForcesName().Match(codedName);
        if (m.Success && m.Groups["unit"].Length > 0 && kb.Resolve(codedName[..^m.Groups["unit"].Length]) is { } force
            && force.Name == codedName[..^m.Groups["unit"].Length]) ids.Add(force.Id);
        return ids;
    }

    private Dictionary<string, string>? _governments;

    /// <summary>The id of a country's government in the knowledge base ("Government of Turkey (2016-)"), if it has one.</summary>
    private string? GovernmentOf(string iso3)
    {
        var governments = _governments;
        if (governments is null)
        {
            governments = new Dictionary<string, string>();
            foreach (var g in kb.Actors.OrderBy(x => x.Id, StringComparer.Ordinal))
                if (g is { Kind: "government", Country: { } c } && g.Name.StartsWith("Government of ", StringComparison.Ordinal)) governments.TryAdd(c, g.Id);
            _governments = governments;
        }
        return governments.GetValueOrDefault(iso3);
    }

    private CodedActor? WarSide(War war, int i, DateOnly? date)
    {
        string id = war.Sides[i];
        if (id == "state") return StateForce(war.Country, war.Country, police: false, date);
        return kb.ById(id) is { } a ? Coded(a, date) : null;
    }

    // Every event's sides name the country's civilians: one per country name, not a new name per event.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CodedActor> _civilians = new(StringComparer.Ordinal);

    private (CodedActor A1, string? Assoc1, CodedActor? A2, string? Assoc2) Sides(EventDraft e, string? countryName, string? iso3, DateOnly? date, War? war)
    {
        bool violent = e.EventType is Battles or Explosions or ViolenceAgainstCivilians;
        var named = new List<CodedActor>();
        var civilians = new List<CodedActor>();
        var armedRoles = new List<CodedActor>();
        var stateRoles = new List<CodedActor>();
        var governments = new List<CodedActor>();
        string cname = countryName ?? "Unknown";
        // The country's civilians: the side a person, property or unarmed victims stand for.
        var countryCivilians = _civilians.GetOrAdd(cname, static c => new CodedActor($"Civilians ({c})", 7));
        var ordered = e.PassiveAgent is null ? e.Actors : e.Actors.OrderBy(a => a == e.PassiveAgent ? 0 : 1).ToList();
        // Who is named as the author: the agent of a passive ("planted by X"), or a side named before the first trigger
        // that is not what the deed was done to ("IS militants killed an Iraqi soldier with an IED": IS only).
        var authors = new HashSet<string>();
        var trigger = e.Triggers[0];
        bool Author(ActorMention m) => m == e.PassiveAgent || !e.Targets.Contains(m) && m.Span.End <= trigger.Start && trigger.Start - m.Span.End < 200;
        // How near each side is named to the first trigger: the target of a bomb is named beside it.
        var distance = new Dictionary<string, int>();
        // Sides named together under one head noun ("regime and loyalist militia forces") fight on one side.
        var sharedHead = new Dictionary<string, int>();
        var firstNamed = new Dictionary<string, int>();
        // Pro-government militias fight beside their own state's forces, never against them.
        var proGovernment = new HashSet<string>();
        bool civiliansActedOn = false;
        // Sides named after "under" ("rebels under OPS"): the side those before them fight for.
        var leaders = new HashSet<string>();
        // Sides named only as what the deed was done to ("2 AAS fighters were killed", "an IED targeted a QSD car").
        var targeted = new HashSet<string>();
        var actedFreely = new HashSet<string>();
        bool TargetOnly(CodedActor x) => targeted.Contains(x.Name) && !actedFreely.Contains(x.Name) && !authors.Contains(x.Name);
        void Near(string name, ActorMention m)
        {
            (e.Targets.Contains(m) ? targeted : actedFreely).Add(name);
            if (m.SharedHead is { } head) sharedHead.TryAdd(name, head);
            // Where a side is first named in the text (the passive agent is looked at first, but may be named last).
            firstNamed[name] = Math.Min(firstNamed.GetValueOrDefault(name, int.MaxValue), m.Span.Start);
            int d = m.Span.Start >= trigger.End ? m.Span.Start - trigger.End : trigger.Start >= m.Span.End ? trigger.Start - m.Span.End : 0;
            distance[name] = Math.Min(distance.GetValueOrDefault(name, int.MaxValue), d);
        }
        foreach (var m in ordered)
        {
            if (m.Opposed || e.Alternatives.Contains(m)) continue;
            // Who holds the place shelled, struck or entered is no side of it; in a battle they defend it.
            if (m.HoldsPlace && e.EventType != Battles) continue;
            if (m.Actor is { } actor)
            {
                var a = BranchIn(actor.IsPerson ? GroupOrSelf(actor, violent) : actor, iso3);
                // A person who leads no armed group takes no side in a fight: named in one, they are its target
                // ("survived an attack on his life"), coded the ACLED way as civilians.
                if (violent && a.IsPerson)
                {
                    AddDistinct(civilians, countryCivilians);
                    continue;
                }
                // ACLED names a government only for what it decides; when it fights, its forces are the actor.
                var coded = violent && a.Name.StartsWith("Government of ", StringComparison.Ordinal) && a.Country is not null
                    ? StateForce(a.Country, a.Name, police: false, date)
                    : Coded(a, date);
                coded = InTheatre(coded, iso3);
                if (AtHome(a, iso3, date) is { } home) coded = home;
                // "Coalition warplanes" over another war than the operation's own are that war's coalition (Syria: the Global Coalition).
                else if (a.Theatre is { } theatre && iso3 is not null && theatre != iso3 && war?.Coalition is { } cid && kb.ById(cid) is { } coalition && coalition != a)
                    coded = new CodedActor(coalition.Name, coalition.Inter ?? 8);
                AddDistinct(named, coded);
                if (m.Leads) leaders.Add(coded.Name);
                if (Author(m)) authors.Add(coded.Name);
                Near(coded.Name, m);
            }
            else if (m.Role is { } role)
            {
                // A governor's office decides measures: the government, named only where nothing else acts.
                if (role.Role == "government")
                {
                    if (e.EventType == StrategicDevelopments) AddDistinct(governments, new CodedActor(role.NameFor(cname), 1, iso3));
                    continue;
                }
                // Soldiers or police no one attributes, where another state holds the ground, are that state's.
                string? own = m.Country ?? (role.Inter == 1 && iso3 is not null ? _deployments.HolderOf(iso3, date) : null);
                var coded = own is not null && own != iso3
                    ? InTheatre(CodeRole(role, gazetteer.CountryByIso3(own)?.Name ?? cname, own, date), iso3)
                    : CodeRole(role, cname, iso3, date);
                // "rebels" in a war are its rebel side ("Opposition Rebels (Syria)", the NAF in Donbas).
                if (role.Role == "rebels" && war?.Rebels is { } rid && kb.ById(rid) is { } rebels && m.Country is null)
                    coded = new CodedActor(rebels.Name, rebels.Inter ?? 2);
                // "the coalition" is the coalition fighting in that war.
                if (role.Role == "coalition" && war?.Coalition is { } cid && kb.ById(cid) is { } coalition)
                    coded = new CodedActor(coalition.Name, coalition.Inter ?? 8);
                if (role.Role == "militia") proGovernment.Add(coded.Name);
                if (role.Inter == 7 && e.Targets.Contains(m)) civiliansActedOn = true;
                var list = role.Inter switch { 7 => civilians, 1 => stateRoles, 6 or 5 => null, _ => armedRoles };
                if (list is not null) AddDistinct(list, coded);
                if (list is not null && role.Inter != 7 && Author(m)) authors.Add(coded.Name);
                if (list is not null) Near(coded.Name, m);
            }
        }
        var state = stateRoles.Concat(named.Where(n => n.Inter == 1)).ToList();
        string? Assoc(IEnumerable<CodedActor> xs) { var s = string.Join("; ", xs.Select(x => x.Name).Distinct()); return s.Length == 0 ? null : s; }

        // A displacement is coded with the people displaced as its only side: an armed group named by its fighters among
        // them (leaving under an evacuation deal) when named before any civilians, else the country's civilians. Whoever
        // caused the flight or agreed to the evacuation is no side of it.
        if (e.Displacement)
        {
            var group = e.Displaced.Select(m => m.Actor is { } x ? BranchIn(x, iso3) : null).OfType<Actor>().Select(x => Coded(x, date))
                .Where(n => n.Inter is 2 or 3 or 4).MinBy(n => firstNamed.GetValueOrDefault(n.Name, int.MaxValue));
            int civiliansAt = civilians.Count == 0 ? int.MaxValue : civilians.Min(c => firstNamed.GetValueOrDefault(c.Name, int.MaxValue));
            var displaced = group is not null && firstNamed.GetValueOrDefault(group.Name, int.MaxValue) < civiliansAt ? group : countryCivilians;
            return (displaced, null, null, null);
        }

        switch (e.EventType)
        {
            case Protests:
            {
                var a1 = new CodedActor($"Protesters ({cname})", 6);
                var a2 = e.SubType == PeacefulProtest ? null : state.FirstOrDefault() ?? StateForce(HolderOf(iso3, date), cname, police: true, date);
                // A counter-protest met the protest: ACLED codes the other crowd as the second side.
                if (e.CounterProtest && e.SubType == PeacefulProtest) a2 = a1;
                return (a1, Assoc(named.Where(n => n.Inter != 1)), a2, null);
            }
            case Riots:
            {
                var a1 = e.SubType == MobViolence ? new CodedActor($"Rioters ({cname})", 5) : named.FirstOrDefault(n => n.Inter != 1) is { } g && e.SubType == ViolentDemonstration && g.Inter is 2 or 3
                    ? g : new CodedActor($"Rioters ({cname})", 5);
                var rest = named.Where(n => n != a1).ToList();
                // Rioters who attack someone's property (a bank, shops, cars) and meet no force act against civilians.
                var a2 = state.FirstOrDefault() ?? civilians.FirstOrDefault() ?? rest.FirstOrDefault(n => n.Inter != 1)
                         ?? (e.PropertyTarget ? countryCivilians : null);
                return (a1, a1.Inter == 5 ? Assoc(rest.Where(n => n.Inter != 1 && n != a2)) : null, a2, null);
            }
            case ViolenceAgainstCivilians:
            {
                // The side named as the author comes first ("unknown gunmen assassinated a QSD member": the gunmen), and
                // a known group named only as the victim's is the target ("a QSD member", "a colonel of the 4th Division").
                var a1 = named.Concat(armedRoles).Concat(state).FirstOrDefault(n => n.Inter != 7 && authors.Contains(n.Name))
                         ?? named.FirstOrDefault(n => n.Inter != 7) ?? armedRoles.FirstOrDefault() ?? state.FirstOrDefault() ?? new CodedActor($"Unidentified Armed Group ({cname})", 3);
                var a2 = civilians.FirstOrDefault() ?? named.FirstOrDefault(n => n.Inter == 7)
                         ?? named.FirstOrDefault(n => n.Name != a1.Name && n.Inter is >= 1 and <= 4 && !authors.Contains(n.Name) && !Allied(a1, n) && Fights(n))
                         ?? countryCivilians;
                return (a1, null, a2, null);
            }
            case Explosions when e.SubType is SuicideBomb or RemoteExplosive or Grenade:
            {
                // A bomb or a bomber is a non-state armed group's weapon: the named group, else an unidentified one; the
                // state forces named beside it are its target (or the ones investigating), never its author.
                var armed = named.Concat(state).Concat(armedRoles).Where(n => n.Inter != 7).ToList();
                // An unnamed author ("unknown gunmen") comes before a named group that may have been the target.
                // Pro-government militias named after the bomb rode in the convoy it hit or lost a commander to it; the
                // state's enemies plant its bombs.
                var homeForce = iso3 is null ? null : StateForce(iso3, cname, police: false, date);
                bool StandsWithState(CodedActor n) => proGovernment.Contains(n.Name) || homeForce is not null && Allied(n, homeForce);
                // A group named only as what the bomb hit ("targeted a car of the rebel factions") is not its author;
                // suicide bombers are, though they die by it.
                bool Hit(CodedActor n) => e.SubType != SuicideBomb && TargetOnly(n);
                var a1 = armed.FirstOrDefault(n => authors.Contains(n.Name))
                         ?? armedRoles.FirstOrDefault(n => !StandsWithState(n) && !Hit(n))
                         ?? named.FirstOrDefault(n => n.Inter is 2 or 3 or 4 && !StandsWithState(n) && !Hit(n))
                         ?? new CodedActor($"Unidentified Armed Group ({cname})", 3);
                var a2 = state.Concat(civilians).Concat(named).Concat(armedRoles.Where(Hit)).Where(n => n.Name != a1.Name && !authors.Contains(n.Name))
                    .OrderBy(n => distance.GetValueOrDefault(n.Name, int.MaxValue)).FirstOrDefault();
                return (a1, null, a2, null);
            }
            default:
            {
                var sides = named.Concat(state).Concat(armedRoles).Distinct().ToList();
                if (sides.Count == 0 && violent) sides.Add(new CodedActor($"Unidentified Armed Group ({cname})", 3));
                // Fighting or fire where the one side named is only the one hit ("a Sham Corps fighter was shot dead") was
                // done by someone the report does not name: an unidentified armed group (ACLED's practice).
                else if (e.EventType is Battles or Explosions && e.PassiveAgent is null && sides.Count == 1 && TargetOnly(sides[0]))
                    sides.Insert(0, new CodedActor($"Unidentified Armed Group ({cname})", 3));
                if (sides.Count == 0) sides.AddRange(governments);
                if (sides.Count == 0) sides.AddRange(civilians);
                if (sides.Count == 0) sides.Add(new CodedActor($"Unidentified Actor ({cname})", 8));
                bool UnderOneHead(CodedActor x, CodedActor y) => x.Name != y.Name && sharedHead.TryGetValue(x.Name, out int hx) && sharedHead.TryGetValue(y.Name, out int hy) && hx == hy;
                bool OneSide(CodedActor x, CodedActor y) => UnderOneHead(x, y) || HomeForce(x) && proGovernment.Contains(y.Name) || HomeForce(y) && proGovernment.Contains(x.Name);
                bool HomeForce(CodedActor x) => x.Inter == 1 && (x.Home is null || x.Home == iso3);
                // Of the sides named under one head, the first named leads ("rebel and Islamist factions": the rebels).
                CodedActor Leader(CodedActor x) => sides.Where(s => s == x || UnderOneHead(x, s)).MinBy(s => firstNamed.GetValueOrDefault(s.Name, int.MaxValue))!;
                // A front named with its member groups ("Ahrar al-Sham fighters of the JTS") is the side; its members ride along.
                CodedActor Whole(CodedActor x) => sides.FirstOrDefault(w => named.Contains(w) && MemberOf(x, w)) ?? x;
                var a1 = Whole(Leader(sides[0]));
                // Who arrests is named before the deed; a party named after it is the arrested people's, not a side.
                bool arrest = e.SubType == Arrests;
                if (arrest && sides.FirstOrDefault(s => authors.Contains(s.Name) && Fights(s)) is { } arrester) a1 = Whole(Leader(arrester));
                // An umbrella of undecided attribution ("regime or Russian" warplanes) named with one of its parts by name
                // ("as the Syrian army shelled"; a bare "warplanes" is the umbrella's own): the part is the actor, the
                // umbrella rides along with it.
                CodedActor? umbrella = null;
                if (sides.Skip(1).FirstOrDefault(s => named.Contains(s) && IsPartOf(s, a1)) is { } part) (umbrella, a1) = (a1, part);
                // The side named after "under" leads the ones before it that stand with it ("Turkish forces and JWS
                // factions, operating under OPS": Operation Peace Spring, the others riding along).
                else if (sides.FirstOrDefault(s => leaders.Contains(s.Name)) is { } lead && lead != a1 && (OneSide(a1, lead) || Allied(a1, lead)))
                    (umbrella, a1) = (a1, lead);
                // A side's own part or ally named beside it ("warplanes, likely regime or Russian") is not its opponent.
                var a2 = sides.FirstOrDefault(s => s.Name != a1.Name && s != umbrella && !Allied(a1, s) && !OneSide(a1, s) && Whole(s) != a1 && (!arrest || Fights(s)))
                         // Clans or families no report names fought each other: one of them on either side.
                         ?? (e.EventType == Battles && a1.Name == ActorFinder.UnidentifiedClans.NameFor(cname) ? a1 : null)
                         // Civilians a strategic development was done to ("arrested two men", "opened fire at farmers")
                         // are its second side; residents a measure concerns are not.
                         ?? (violent || e.EventType == StrategicDevelopments && civiliansActedOn && a1.Inter != 7 ? civilians.FirstOrDefault() : null)
                         // The people arrested, when no armed group is named as theirs, are civilians (ACLED).
                         ?? (arrest && a1.Inter != 7 ? civilians.FirstOrDefault() ?? countryCivilians : null)
                         // Shelling or an air strike that killed or hurt people and names no one it hit, nor any military
                         // target, hit civilians: fighters and soldiers are named when they are the ones hit.
                         ?? (e.SubType is Shelling or AirStrike && e.HarmsPeople && !e.MilitaryTarget ? countryCivilians : null)
                         // Property is someone's: destruction with no armed owner named is done to civilians. Before
                         // ACLED's 2019 taxonomy property destruction was a strategic development of the destroyer alone:
                         // civilians are its side then only when the report names them.
                         ?? (e.SubType == Looting && a1.Inter != 7
                             ? civilians.FirstOrDefault() ?? (date is null || date >= PropertyOwnersCodedFrom ? countryCivilians : null) : null);
                // A group moving, deploying or setting up a base acts alone (the one named first, the subject): the
                // enemy it prepares for is no side.
                if (e.SubType is ChangeToGroup or HeadquartersEstablished)
                {
                    if (umbrella is null) a1 = Whole(Leader(sides.MinBy(s => firstNamed.GetValueOrDefault(s.Name, int.MaxValue))!));
                    a2 = null;
                }
                if (a2 is not null && sides.Contains(a2)) a2 = Whole(Leader(a2));
                var with1 = sides.Where(s => OneSide(a1, s) || s != a1 && Whole(s) == a1).Prepend(umbrella).OfType<CodedActor>();
                var with2 = a2 is null ? [] : sides.Where(s => OneSide(a2, s) || s != a2 && Whole(s) == a2);
                return (a1, Assoc(with1), a2, Assoc(with2));
            }
        }
    }

    /// <summary>
    /// ACLED's 2019 taxonomy ("Looting/property destruction", applied from the 2019 data on) codes property destruction
    /// against the property's owners, civilians by default; the older taxonomy coded it as a strategic development with
    /// no second side unless one was named.
    /// </summary>
    private static readonly DateOnly PropertyOwnersCodedFrom = new(2019, 1, 1);

    /// <summary>The state whose forces hold a country's ground on a date: another state occupying it, else the country itself.</summary>
    private string? HolderOf(string? iso3, DateOnly? date) => iso3 is null ? null : _deployments.HolderOf(iso3, date) ?? iso3;

    [GeneratedRegex(@"^(?<branch>Military|Police) Forces of .+? \(\d{4}-\d{0,4}\)(?<unit>.*)$")]
    private static partial Regex StateForcesName();

    /// <summary>A state unit in the knowledge base ("Military Forces of Iraq (2022-) Popular Mobilization Forces") takes the period in force on the event's date.</summary>
    private string DatedStateName(Actor a, DateOnly? date)
    {
        if (a.Country is null || kb.StateForcesOf(a.Country) is not { } sf) return a.Name;
        // Whether and how the name is re-dated depends on the actor alone: read once per actor, not at every mention.
        var lineage = _lineages.GetOrAdd((a.Name, a.Country), static (_, x) => x.Coder.LineageOf(x.Actor, x.Forces), (Coder: this, Actor: a, Forces: sf));
        if (lineage is null) return a.Name;
        var (military, police) = sf.On(date);
        return (lineage.Police ? police : military) + lineage.Unit;
    }

    /// <summary>A state force's name of the country's own lineage: its branch and the unit named after the period.</summary>
    private sealed record StateLineage(bool Police, string Unit);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Name, string Country), StateLineage?> _lineages = new();

    private StateLineage? LineageOf(Actor a, StateForces sf)
    {
        var m = StateForcesName().Match(a.Name);
        if (!m.Success) return null;
        string unit = m.Groups["unit"].Value;
        string prefix = a.Name[..^unit.Length];
        // Only the country's own state lineage is re-dated; a rival authority ("... (2016-) Supreme Political Council") keeps its name.
        bool ownLineage = prefix == sf.Military || prefix == sf.Police || sf.Periods.Any(p => p.Military == prefix || p.Police == prefix);
        return ownLineage ? new StateLineage(m.Groups["branch"].Value == "Police", unit) : null;
    }

    private static void AddDistinct(List<CodedActor> list, CodedActor a) { if (!list.Any(x => x.Name == a.Name)) list.Add(a); }

    public CodedActor CodeRole(GenericRole role, string countryName, string? iso3, DateOnly? date)
    {
        if (role.Inter == 1 && iso3 is not null)
            return StateForce(iso3, countryName, police: role.Role.StartsWith("police", StringComparison.OrdinalIgnoreCase), date);
        var sf = iso3 is null ? null : kb.StateForcesOf(iso3);
        return new CodedActor(role.NameFor(sf?.CountryName ?? countryName), role.Inter);
    }

    private CodedActor StateForce(string? iso3, string countryName, bool police, DateOnly? date)
    {
        var sf = iso3 is null ? null : kb.StateForcesOf(iso3);
        if (sf is null) return new CodedActor($"{(police ? "Police" : "Military")} Forces of {countryName}", 1, iso3);
        var (military, policeName) = sf.On(date);
        return new CodedActor(police ? policeName : military, 1, iso3);
    }

    /// <summary>A knowledge-base actor as coded on <paramref name="date"/>: a state force bears its country.</summary>
    private CodedActor Coded(Actor a, DateOnly? date)
    {
        int inter = a.Inter ?? DefaultInter(a);
        return new CodedActor(DatedStateName(a, date), inter, inter == 1 ? a.Country : null);
    }

    private static int DefaultInter(Actor a) => a.Kind switch
    {
        "government" => 1,
        "party" or "organisation" or "movement" => 8,
        _ => 3,
    };
}

/// <summary>
/// Answers about pairs of coded actor names, remembered (thread-safe, shared by the threads coding reports). Bounded: a
/// long batch of odd names does not grow it forever.
/// </summary>
internal sealed class PairAnswers
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), bool> _answers = new();

    public bool TryGet(string a, string b, out bool answer) => _answers.TryGetValue((a, b), out answer);

    public bool Remember(string a, string b, bool answer)
    {
        if (_answers.Count >= 100_000) _answers.Clear();
        _answers[(a, b)] = answer;
        return answer;
    }
}
