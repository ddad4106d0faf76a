using System.Text.RegularExpressions;

namespace Faultline.Text;

/// <summary>
/// A regex checked first for the literal words every match must contain (<see cref="RequiredLiterals"/>): a text
/// holding none of them is not scanned at all. Same answers as the regex alone, most sentences never scanned.
/// </summary>
public sealed class PrefilteredRegex(Regex pattern)
{
    private readonly RequiredLiterals? _required = RequiredLiterals.Of(pattern.ToString());

    public Regex Pattern => pattern;

    /// <summary>The literals checked first (null: none known, always scanned).</summary>
    public RequiredLiterals? Required => _required;

    public bool IsMatch(ReadOnlySpan<char> text) => MayOccurIn(text) && pattern.IsMatch(text);

    /// <summary>False only when the pattern cannot match anywhere in <paramref name="text"/> (its literals are missing).</summary>
    public bool MayOccurIn(ReadOnlySpan<char> text) => _required is null || _required.MayOccurIn(text);
}
