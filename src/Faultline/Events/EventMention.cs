using Faultline.Text;

namespace Faultline.Events;

/// <summary>A trigger found in a sentence: the sub-type it signals and where.</summary>
public sealed record EventMention(string SubType, int Priority, int Sentence, TextSpan Trigger)
{
    /// <summary>A claim of responsibility ("X claimed the attack"): it names the author of the event just told and is no event of its own.</summary>
    public bool Claim { get; init; }
}
