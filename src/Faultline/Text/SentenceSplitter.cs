namespace Faultline.Text;

/// <summary>
/// Splits text into paragraphs (blank or single line breaks) and sentences (terminal punctuation followed by
/// a space and an upper-case letter, digit or quote), without breaking after common abbreviations and initials.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "sgt", "maj", "brig", "cmdr", "adm", "gov",
        "sen", "rep", "rev", "st", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "mt", "ft",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est",
        "u.s", "u.n", "u.k", "e.g", "i.e", "al",
    };

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            if (SplitLine(text, lineStart, lineEnd, paragraph, sentences)) paragraph++;
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /// <summary>Adds the sentences of one line; returns false when the line was blank.</summary>
    private static bool SplitLine(string text, int start, int end, int paragraph, List<Sentence> into)
    {
        int s = SkipSpace(text, start, end);
        if (s >= end) return false;
        for (int i = s; i < end; i++)
        {
            char c = text[i];
            if (c is not ('.' or '!' or '?')) continue;
            int j = i + 1;
            while (j < end && text[j] is '"' or '\'' or '”' or '’' or ')') j++;
            if (j >= end) break;
            if (!char.IsWhiteSpace(text[j]))
            {
                // Scraped pages often lose the break between paragraphs: "rose to 34.The prosecutor said".
                if (!IsJoinedBreak(text, s, i, j, end)) continue;
                Add(text, s, i + 1, paragraph, into);
                s = i + 1;
                continue;
            }
            int next = SkipSpace(text, j, end);
            if (next >= end) break;
            char n = text[next];
            if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '‘' or '\'' or '(')) continue;
            if (c == '.' && IsAbbreviation(text, s, i)) continue;
            Add(text, s, j, paragraph, into);
            s = next;
            i = next - 1;
        }
        Add(text, s, end, paragraph, into);
        return true;
    }

    /// <summary>
    /// A sentence end with no space after it: a word of two or more lower-case letters or digits, the stop, and
    /// a capitalised word ("injured.The", "34.Of"). Abbreviations ("U.S.", "St.Louis") and decimals never match.
    /// </summary>
    private static bool IsJoinedBreak(string text, int sentenceStart, int stop, int after, int end)
    {
        if (text[stop] != '.' || stop - sentenceStart < 2) return false;
        if (!IsLowerOrDigit(text[stop - 1]) || !IsLowerOrDigit(text[stop - 2])) return false;
        if (after != stop + 1 || after + 1 >= end) return false; // a closing quote or bracket already ends it
        if (!char.IsUpper(text[after]) || !char.IsLetter(text[after + 1])) return false;
        return !IsAbbreviation(text, sentenceStart, stop);

        static bool IsLowerOrDigit(char c) => char.IsLower(c) || char.IsDigit(c);
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        int w = dot;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.')) w--;
        var word = text.AsSpan(w, dot - w);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "John F. Kennedy"
        return Abbreviations.Contains(word.ToString());
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> into)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) into.Add(new Sentence(into.Count, paragraph, new TextSpan(start, end)));
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
