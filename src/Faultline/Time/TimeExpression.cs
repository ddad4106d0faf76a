using Faultline.Text;

namespace Faultline.Time;

/// <summary>
/// A date read from text and resolved against the publication date. Precision follows the CODEBOOK:
/// 1 the day, 2 the week or a few days, 3 the month. <see cref="Conflict"/> says what did not add up
/// (a weekday that does not match its date, a date after publication) instead of silently choosing.
/// </summary>
public sealed record TimeExpression(TextSpan Span, DateOnly Date, int Precision, string? Conflict = null)
{
    /// <summary>True for words such as "recently" or "earlier": they place an event before the news of the day.</summary>
    public bool IsVaguePast { get; init; }
}
