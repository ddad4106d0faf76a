using Faultline.Text;

namespace Faultline.Events;

/// <summary>A trigger found in a sentence: the sub-type it signals and where.</summary>
public sealed record EventMention(string SubType, int Priority, int Sentence, TextSpan Trigger);
