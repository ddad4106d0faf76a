namespace Faultline.Text;

/// <summary>
/// Runs an anchored pattern only where a word that can start it begins, instead of at every character: the
/// large number and date patterns are tried at a few positions of a text rather than thousands.
/// </summary>
public static class WordStarts
{
    /// <summary>Start positions in <paramref name="range"/> of words that are digits or are in <paramref name="starters"/>.</summary>
    public static List<int> Of(string text, TextSpan range, HashSet<string> starters)
    {
        var starts = new List<int>();
        var lookup = starters.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[24];
        for (int i = range.Start; i < range.End; i++)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > range.Start && char.IsLetterOrDigit(text[i - 1]))) continue;
            // "1,200" and "3.5" are one number: the digits after the separator start no new one.
            if (i >= 2 && text[i - 1] is ',' or '.' && char.IsDigit(text[i - 2]) && char.IsDigit(text[i])) continue;
            if (char.IsDigit(text[i])) { starts.Add(i); continue; }
            int end = i;
            while (end < range.End && char.IsLetter(text[end])) end++;
            int n = end - i;
            if (n > lower.Length) continue;
            for (int k = 0; k < n; k++) lower[k] = char.ToLowerInvariant(text[i + k]);
            if (lookup.Contains(lower[..n])) starts.Add(i);
        }
        return starts;
    }
}
