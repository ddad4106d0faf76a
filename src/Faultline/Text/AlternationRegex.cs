using System.Text.RegularExpressions;

namespace Faultline.Text;

/// <summary>
/// One pattern written as several regexes, its top-level alternatives in order, matched as their alternation
/// <c>A|B|C</c> is: the leftmost match wins, and of matches starting at the same place the earlier part's (a
/// backtracking engine tries the alternatives in order at each position, each as it would alone).
/// Why: the source generator turns a very long alternation into one method so large that the JIT compiles it
/// without optimising (MinOpts); split in parts, each is compiled optimised. Parts must not refer to each other's
/// groups, and a group name used in several parts means the same thing in each.
/// </summary>
public sealed class AlternationRegex(params Regex[] parts)
{
    public IReadOnlyList<Regex> Parts => parts;

    /// <summary>The alternation's match in <paramref name="length"/> characters from <paramref name="beginning"/>, as <see cref="Regex.Match(string, int, int)"/>.</summary>
    public Match Match(string text, int beginning, int length)
    {
        Match? best = null;
        foreach (var part in parts)
        {
            var m = part.Match(text, beginning, length);
            if (!m.Success || best is not null && m.Index >= best.Index) continue;
            best = m;
            if (m.Index == beginning) break; // no later part can start earlier, and a tie goes to this one
        }
        return best ?? System.Text.RegularExpressions.Match.Empty;
    }

    public Match Match(string text) => Match(text, 0, text.Length);
}
