using Faultline.Text;

namespace Faultline.Numbers;

/// <summary>A number read from text ("nearly five", "at least 30", "dozens", "between 10 and 15") with its span.</summary>
public sealed record NumberMention(TextSpan Span, Quantity Value);
