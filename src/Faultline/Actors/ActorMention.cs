using Faultline.Text;

namespace Faultline.Actors;

/// <summary>
/// An actor named in the text: a known actor (<see cref="Actor"/>) or a generic role ("gunmen") that becomes a
/// country-specific ACLED actor once the event's country is known. <see cref="Via"/> keeps the person a group
/// was reached through ("Muqtada al-Sadr's militia" -> Saraya al-Salam via Muqtada al-Sadr).
/// </summary>
public sealed record ActorMention(TextSpan Span, Actor? Actor, GenericRole? Role, Actor? Via = null)
{
    /// <summary>For a generic role bound to a country by its adjective ("Turkish troops"): that country's ISO3 code.</summary>
    public string? Country { get; init; }

    /// <summary>
    /// Where the phrase begins that names this side together with another under one head noun ("Turkish and Russian
    /// forces", "regime and loyalist militia forces"): mentions sharing it fight on one side. Null otherwise.
    /// </summary>
    public int? SharedHead { get; init; }

    /// <summary>
    /// Named after "under" ("rebels under OPS", "JWS, which operates under OPS"): the side those named before it fight
    /// for, which ACLED codes as the actor, the others riding along.
    /// </summary>
    public bool Leads { get; init; }

    /// <summary>Named as what another side is against ("anti-Houthi forces"): not a side of the event itself.</summary>
    public bool Opposed { get; init; }

    /// <summary>Named as who holds a place ("the Islamic State-held camp"): a side only where the place is fought over.</summary>
    public bool HoldsPlace { get; init; }

    public string Describe() => Actor?.Name ?? Role!.Template;
}
