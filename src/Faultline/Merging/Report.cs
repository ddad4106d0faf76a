using Faultline.Events;

namespace Faultline.Merging;

/// <summary>
/// What matching looks at in one report (a stored document's coded event): when (as a window of days), what kind,
/// who (actor identities), where, and how many died. Built once per report from its coded event.
/// </summary>
public sealed record Report
{
    public required ReportKey Key { get; init; }
    /// <summary>The report's row id in the store (0 outside a store).</summary>
    public long StoreId { get; init; }
    public required CodedEvent Event { get; init; }
    public DateWindow? Window { get; init; }
    public IReadOnlyList<ActorId> Actors { get; init; } = [];
    /// <summary>The identities on the first side (actor 1 and its associates): who acted.</summary>
    public IReadOnlyList<ActorId> FirstSide { get; init; } = [];
    /// <summary>The identities on the second side (actor 2 and its associates): who was acted on.</summary>
    public IReadOnlyList<ActorId> SecondSide { get; init; } = [];

    private ActorIdentity? _identities;

    /// <summary>A report of a coded event; a stored report passes the window stored with it (its evidence is not loaded).</summary>
    public static Report Of(CodedEvent e, ActorIdentity identities, long storeId = 0, DateWindow? window = null) => new()
    {
        _identities = identities,
        Key = new ReportKey(e.DocumentId, e.Index),
        StoreId = storeId,
        Event = e,
        Window = window ?? DateWindow.Of(e),
        Actors = ActorNames(e).Select(identities.Of).DistinctBy(a => a.Key).ToList(),
        FirstSide = Names(e.Actor1, e.AssocActor1).Select(identities.Of).DistinctBy(a => a.Key).ToList(),
        SecondSide = Names(e.Actor2, e.AssocActor2).Select(identities.Of).DistinctBy(a => a.Key).ToList(),
    };

    /// <summary>Every actor named on either side, associated actors included ("A; B" lists split).</summary>
    public static IEnumerable<string> ActorNames(CodedEvent e) => Names(e.Actor1, e.AssocActor1, e.Actor2, e.AssocActor2);

    private static IEnumerable<string> Names(params string?[] fields)
    {
        foreach (var s in fields)
            if (!string.IsNullOrWhiteSpace(s))
                foreach (var name in s.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    yield return name;
    }

    private Localities? _localities;

    /// <summary>The localities the event's sentence names (computed on first use).</summary>
    public Localities Localities => _localities ??= Localities.Of(Event.Notes, _identities is null ? null : _identities.IsActorName,
        [Event.Location, Event.Admin1, Event.Admin2, Event.Country]);

    private Participants? _participants;

    /// <summary>The kinds of people the event's text says took part (read for demonstrations; computed on first use).</summary>
    public Participants Participants => _participants ??= Participants.Of(Event.Notes);

    /// <summary>
    /// The fields of its evidence that tell of harm (<see cref="Merging.Casualties.Fields"/>), when known without the
    /// evidence itself (the store asks SQLite); else read from the event's evidence.
    /// </summary>
    public IReadOnlySet<string>? HarmFields { get => _harmFields; init { _harmFields = value; _casualties = null; } }

    private readonly IReadOnlySet<string>? _harmFields;

    private IEnumerable<string> EvidenceFields => HarmFields ?? Event.Evidence.Select(v => v.Field);

    /// <summary>True when the report gives a death count (a number, or evidence that it read one).</summary>
    public bool ReportsDeaths => Event.Fatalities > 0 || EvidenceFields.Contains("fatalities");

    private Casualties? _casualties;

    /// <summary>What the report says of deaths and injuries (a stored report read without its evidence says nothing; computed on first use).</summary>
    public Casualties Casualties => _casualties ??= Casualties.Of(Event.Fatalities, EvidenceFields);
}
