using System.Text;

namespace Faultline.Text;

/// <summary>
/// Matching keys for names written in many romanisations. <see cref="Fold"/> lower-cases, transliterates to ASCII,
/// drops apostrophes and ayn/hamza marks and the Arabic article (al-, el-, ad-, as- ...). <see cref="Skeleton"/>
/// goes further for fuzzy matching: vowels dropped, q/k and doubled letters merged, so "Asayib Ahlilhak",
/// "Asa'ib Ahl al-Haq" and "Asaib Ehlilhak" share one key.
/// </summary>
public static class NameKey
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "il", "ad", "ed", "as", "es", "ash", "esh", "ech", "at", "et", "az", "ez", "ar", "er", "an", "en", "ath", "adh", "the",
    };

    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or 'ʻ' or 'ʿ' or 'ʾ' or '`' or '´';

    public static bool IsArticle(string foldedWord) => Articles.Contains(foldedWord);

    /// <summary>A possessive 's (any apostrophe form) starts at <paramref name="at"/>: "Beirut's", "People’s".</summary>
    public static bool IsPossessiveAt(string text, int at) =>
        at >= 0 && at + 1 < text.Length && IsApostrophe(text[at]) && text[at + 1] is 's' or 'S';

    /// <summary>Folds one word: ASCII, lower case, no apostrophes or marks.</summary>
    public static string FoldWord(ReadOnlySpan<char> word)
    {
        bool plain = true;
        foreach (var c in word)
            if (c > 127 || char.IsUpper(c) || IsApostrophe(c)) { plain = false; break; }
        if (plain) return word.ToString();
        var sb = new StringBuilder(word.Length);
        bool ascii = true;
        foreach (var c in word)
        {
            if (IsApostrophe(c)) continue;
            if (c >= 128) { ascii = false; break; }
            sb.Append(char.ToLowerInvariant(c));
        }
        if (ascii) return sb.ToString();
        sb.Clear();
        foreach (var a in AnyAscii.Transliteration.Transliterate(word.ToString()))
            if (char.IsLetterOrDigit(a)) sb.Append(char.ToLowerInvariant(a));
        return sb.ToString();
    }

    /// <summary>The folded key of a whole name: words folded, articles dropped, joined by single spaces.</summary>
    public static string Fold(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var t in Tokenizer.Tokenize(name))
        {
            if (t.IsArticle) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(t.Key);
        }
        return sb.ToString();
    }

    /// <summary>The consonant skeleton of a whole name (articles dropped, words joined).</summary>
    public static string Skeleton(string name)
    {
        var sb = new StringBuilder();
        foreach (var t in Tokenizer.Tokenize(name))
            if (!t.IsArticle) sb.Append(t.Skeleton);
        return Collapse(sb);
    }

    public static string SkeletonOfFolded(string folded)
    {
        // "wal" is "wa" + the article ("Nusrat al-Islam wal-Muslimin" = "wa al-Muslimin").
        if (folded == "wal") return "w";
        if (folded == "l") return ""; // the elided article of "wa-l-Jihad", "li-l-"
        var sb = new StringBuilder(folded.Length);
        // A final -ah/-eh is the same ending as -a/-e (ta marbuta): Basrah = Basra, Karbalah = Karbala.
        int length = folded.Length > 3 && folded[^1] == 'h' && folded[^2] is 'a' or 'e' ? folded.Length - 1 : folded.Length;
        for (int i = 0; i < length; i++)
        {
            char c = folded[i];
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y') continue;
            if (c == 'q') c = 'k';
            if (c == 'h' && i > 0 && folded[i - 1] is 'k' or 'g' or 'd' or 't' or 's' or 'c' or 'p' or 'z') continue; // kh/gh/dh/th/sh: keep the base letter
            sb.Append(c);
        }
        return Collapse(sb);
    }

    /// <summary>
    /// A stricter shape than <see cref="Skeleton"/>: consonants as there, but where the vowels stand is kept (each run
    /// of vowels is one mark), words are joined, ou/oo/ee are read as u/u/i and q/g/gh as k. Persian and Arabic romanisations of one
    /// town agree on it ("Kazeroun" = "Kazerun", "Yasouj" = "Yasuj", "Miyanrud" = "Mian Rud"), while English words that
    /// merely share a town's consonants do not ("Farmers" is not "Frameries").
    /// </summary>
    public static string VowelShape(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var t in Tokenizer.Tokenize(name))
            if (!t.IsArticle) folded.Append(t.Key);
        var w = folded.Replace("ou", "u").Replace("oo", "u").Replace("ee", "i").ToString();
        // A final -ah/-eh is the same ending as -a/-e (ta marbuta).
        if (w.Length > 3 && w[^1] == 'h' && w[^2] is 'a' or 'e') w = w[..^1];
        var sb = new StringBuilder(w.Length);
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            bool vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' || c == 'y' && i > 0;
            if (vowel) { if (sb.Length == 0 || sb[^1] != '.') sb.Append('.'); continue; }
            if (c == 'h' && i > 0 && w[i - 1] is 'k' or 'g' or 'd' or 't' or 's' or 'c' or 'p' or 'z' or 'q') continue;
            if (c is 'q' or 'g') c = 'k'; // q, k, g and gh stand for one another across Persian and Arabic romanisations
            if (sb.Length > 0 && sb[^1] == c) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Joins skeletons of consecutive words, merging a doubled letter at the seam.</summary>
    public static string JoinSkeletons(string a, string b) =>
        a.Length > 0 && b.Length > 0 && a[^1] == b[0] ? a + b.Substring(1) : a + b;

    private static string Collapse(StringBuilder sb)
    {
        if (sb.Length < 2) return sb.ToString();
        var o = new StringBuilder(sb.Length);
        for (int i = 0; i < sb.Length; i++)
            if (i == 0 || sb[i] != sb[i - 1]) o.Append(sb[i]);
        return o.ToString();
    }
}
