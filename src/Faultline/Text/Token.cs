namespace Faultline.Text;

/// <summary>A word of the text with its span, its folded matching key and its consonant skeleton.</summary>
public readonly record struct Token(TextSpan Span, string Key, string Skeleton, bool Capitalised, bool IsArticle);

/// <summary>Splits text into word tokens. Hyphens and punctuation separate words; apostrophes inside a word do not.</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    public static List<Token> Tokenize(string text, TextSpan range)
    {
        var tokens = new List<Token>();
        int i = range.Start;
        while (i < range.End)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int start = i;
            while (i < range.End && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i, range.End))) i++;
            // The possessive "'s" is not part of the name: "Baghdad's" is "Baghdad".
            int end = i;
            if (end - start > 3 && text[end - 1] is 's' or 'S' && NameKey.IsApostrophe(text[end - 2])) end -= 2;
            var word = text.AsSpan(start, end - start);
            var (key, skeleton, isArticle) = Folded(word);
            tokens.Add(new Token(new TextSpan(start, end), key, skeleton, char.IsUpper(word[0]), isArticle));
        }
        return tokens;
    }

    // Words recur (in a text and across texts): each thread remembers the folded forms of the words it has seen, so a
    // word is folded once and its key and skeleton strings are shared. Folding is a pure function of the word.
    [ThreadStatic] private static Dictionary<string, (string Key, string Skeleton, bool IsArticle)>? t_folded;

    private static (string Key, string Skeleton, bool IsArticle) Folded(ReadOnlySpan<char> word)
    {
        var cache = t_folded ??= new Dictionary<string, (string, string, bool)>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var folded)) return folded;
        string key = NameKey.FoldWord(word);
        folded = (key, NameKey.SkeletonOfFolded(key), NameKey.IsArticle(key));
        if (cache.Count >= 50_000) cache.Clear(); // bounded: a long batch of odd words does not grow it forever
        lookup[word] = folded;
        return folded;
    }

    private static bool IsInnerApostrophe(string text, int i, int end) =>
        NameKey.IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);
}
