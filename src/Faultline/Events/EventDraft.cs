using Faultline.Actors;
using Faultline.Numbers;
using Faultline.Places;
using Faultline.Text;
using Faultline.Time;

namespace Faultline.Events;

/// <summary>
/// An event while it is being assembled from one or more mentions of a report: the arguments read so far,
/// each remembering whether it was stated in the event's own sentence or inherited from context.
/// </summary>
internal sealed class EventDraft(EventMention first)
{
    public string SubType { get; set; } = first.SubType;
    /// <summary>The sub-type its first trigger signalled, before the coder's checks ("killed two soldiers" is a clash, but not told as fighting).</summary>
    public string TriggerSubType { get; } = first.SubType;
    public int Priority { get; set; } = first.Priority;
    /// <summary>The priority of its first trigger, before the coder's checks.</summary>
    public int TriggerPriority { get; } = first.Priority;
    public int FirstSentence { get; } = first.Sentence;
    public bool Claim { get; } = first.Claim;
    public List<int> Sentences { get; } = [first.Sentence];
    public List<TextSpan> Triggers { get; } = [first.Trigger];

    /// <summary>The first mention was a bare report of deaths ("7 soldiers were killed"), before any reclassification.</summary>
    public bool ReportsDeathsOnly { get; init; }

    public TimeExpression? Time { get; set; }
    public bool TimeStated { get; set; }
    public PlaceMention? Place { get; set; }
    public bool PlaceStated { get; set; }
    public List<ActorMention> Actors { get; } = [];
    /// <summary>Actors named as the ones who observed or reported the event (monitors), not its sides.</summary>
    public List<ActorMention> Observers { get; } = [];
    /// <summary>The event's sentence says fire went both ways ("in both directions of the frontline", "exchanged fire").</summary>
    public bool BothWays { get; set; }
    /// <summary>The event's verb has a military object ("struck a military camp", "hit forces in X"): the target is armed, though unnamed.</summary>
    public bool MilitaryTarget { get; set; }
    /// <summary>The event killed or hurt people (a death count above zero, or injuries told), set when the event is built.</summary>
    public bool HarmsPeople { get; set; }
    /// <summary>The report says the armed men were unidentified ("unknown gunmen"): no war side is put in their place.</summary>
    public bool UnidentifiedStated { get; set; }
    /// <summary>The event's sentence names a drone (an air strike that need not be a warplane's).</summary>
    public bool ByDrone { get; set; }
    /// <summary>The event's sentence has someone's property attacked ("hurled rocks at the bank's facade", "smashed shop windows").</summary>
    public bool PropertyTarget { get; set; }
    /// <summary>The event's paragraph tells of a counter-protest.</summary>
    public bool CounterProtest { get; set; }
    /// <summary>The coder's note says the event is a displacement ("Displacement: ..."): people fled or were evacuated.</summary>
    public bool Displacement { get; set; }
    /// <summary>Groups named only as another's alternative ("fired by either IS or HTS"): the author is uncertain, not two sides.</summary>
    public HashSet<ActorMention> Alternatives { get; } = [];
    /// <summary>Of a displacement, the groups named by their fighters ("Jaysh al-Islam fighters", "fighters of the X"): the people moved, not the cause.</summary>
    public HashSet<ActorMention> Displaced { get; } = [];
    public ActorMention? PassiveAgent { get; set; }
    /// <summary>Sides named as what the deed was done to ("killed an Iraqi soldier", "a police patrol was hit"): never its author.</summary>
    public HashSet<ActorMention> Targets { get; } = [];
    public List<FatalityMention> Deaths { get; } = [];

    public string EventType => EventTaxonomy.EventTypeOf(SubType);

    /// <summary>Clash triggers at or above this priority name fighting on both sides explicitly.</summary>
    public const int TwoSidedPriority = 78;
    public DateOnly? Date => Time?.Date;

    public IEnumerable<Actor> NamedActors => Actors.Where(a => a.Actor is not null).Select(a => a.Actor!);

    /// <summary>Folds another mention of the same event into this one (the one-event rule).</summary>
    public void Absorb(EventDraft other, bool keepType = false)
    {
        // Remote fire that accompanies explicit two-sided fighting is part of the battle, as ACLED codes it.
        bool fightingWithFire = (EventType, other.EventType) is (EventTaxonomy.Battles, EventTaxonomy.Explosions) or (EventTaxonomy.Explosions, EventTaxonomy.Battles)
                                && Math.Max(EventType == EventTaxonomy.Battles ? Priority : 0, other.EventType == EventTaxonomy.Battles ? other.Priority : 0) >= TwoSidedPriority;
        if (!keepType && (fightingWithFire ? other.EventType == EventTaxonomy.Battles : other.Priority > Priority)) { SubType = other.SubType; Priority = other.Priority; }
        Sentences.AddRange(other.Sentences);
        Triggers.AddRange(other.Triggers);
        if (!TimeStated && other.TimeStated) { Time = other.Time; TimeStated = true; }
        if (PlaceRank(other) > PlaceRank(this)) { Place = other.Place; PlaceStated = other.PlaceStated; }
        foreach (var a in other.Actors)
            if (!Actors.Any(x => x.Span == a.Span)) Actors.Add(a);
        PassiveAgent ??= other.PassiveAgent;
        Targets.UnionWith(other.Targets);
        foreach (var d in other.Deaths)
            if (!Deaths.Contains(d)) Deaths.Add(d);
    }

    /// <summary>How precise a draft's place is: a stated town or landmark beats an admin unit beats a country.</summary>
    public static int PlaceRank(EventDraft d) => d.Place is null ? 0 : (d.PlaceStated ? 10 : 0) + d.Place.Place.Kind switch
    {
        PlaceKind.Landmark or PlaceKind.Town => 3,
        PlaceKind.Admin2 or PlaceKind.Admin1 => 2,
        _ => 1,
    };
}
