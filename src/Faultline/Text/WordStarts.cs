namespace Faultline.Text;

/// <summary>
/// Runs an anchored pattern only where a word that can start it begins, instead of at every character: the
/// large number and date patterns are tried at a few positions of a text rather than thousands.
/// </summary>
public static class WordStarts
{
    /// <summary>Start positions in <paramref name="range"/> of words that are digits or are in <paramref name="starters"/>.</summary>
    public static List<int> Of(string text, TextSpan range, StarterWords starters)
    {
        var starts = new List<int>();
        Span<char> lower = stackalloc char[StarterWords.MaxLength];
        int i = range.Start;
        // A word starts at a letter or digit after none (or at the range's start); the rest of its run of letters and
        // digits is skipped at once.
        while (i < range.End)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int runEnd = EndOfRun(text, i, range.End);
            if (IsStart(text, i, range.End, starters, lower)) starts.Add(i);
            i = runEnd;
        }
        return starts;
    }

    private static int EndOfRun(string text, int i, int end)
    {
        while (i < end && char.IsLetterOrDigit(text[i])) i++;
        return i;
    }

    private static bool IsStart(string text, int i, int rangeEnd, StarterWords starters, Span<char> lower)
    {
        // "1,200" and "3.5" are one number: the digits after the separator start no new one.
        if (i >= 2 && text[i - 1] is ',' or '.' && char.IsDigit(text[i - 2]) && char.IsDigit(text[i])) return false;
        if (char.IsDigit(text[i])) return true;
        int end = i;
        while (end < rangeEnd && char.IsLetter(text[end])) end++;
        int n = end - i;
        if (!starters.MayStart(char.ToLowerInvariant(text[i]), n)) return false;
        for (int k = 0; k < n; k++) lower[k] = char.ToLowerInvariant(text[i + k]);
        return starters.Contains(lower[..n]);
    }
}

/// <summary>
/// Lower-case words that can open a pattern, with a quick test on a word's first letter and length that rules out
/// most words of a text before the set is looked up (each look-up hashes the word).
/// </summary>
public sealed class StarterWords
{
    /// <summary>Longer words are never starters (a limit on the buffer the word is lower-cased into).</summary>
    public const int MaxLength = 24;

    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    // For each ASCII first letter, bit n is set when some starter of n letters begins with it.
    private readonly uint[] _lengthsByFirst = new uint[128];

    public StarterWords(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var w in _words)
        {
            if (w.Length is 0 or > MaxLength || w[0] >= 128 || w != w.ToLowerInvariant())
                throw new ArgumentException($"a starter is a lower-case word of 1 to {MaxLength} letters beginning with an ASCII letter: '{w}'");
            _lengthsByFirst[w[0]] |= 1u << w.Length;
        }
    }

    /// <summary>False when no starter of <paramref name="length"/> letters begins with <paramref name="lowerFirst"/>.</summary>
    public bool MayStart(char lowerFirst, int length) =>
        length <= MaxLength && lowerFirst < 128 && (_lengthsByFirst[lowerFirst] & (1u << length)) != 0;

    public bool Contains(ReadOnlySpan<char> lowerWord) => _lookup.Contains(lowerWord);
}
