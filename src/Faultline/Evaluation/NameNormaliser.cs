using System.Text;
using System.Text.RegularExpressions;
using Faultline.Text;

namespace Faultline.Evaluation;

/// <summary>
/// Comparison keys for gold and predicted names, so spelling variants score as the same name. Folds case,
/// diacritics and apostrophes; treats hyphens and spaces alike; drops Arabic articles (al-, el-, ad- ...);
/// merges doubled letters and a final "h" after a vowel ("Basrah" = "Basra", "Dar'a" = "Daraa"). Admin names also
/// lose unit words (governorate, province, region, state, oblast ...); actor names lose year-only brackets
/// ("Military Forces of Syria (2000-)" = "Military Forces of Syria").
/// </summary>
public static partial class NameNormaliser
{
    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal)
    {
        "governorate", "governate", "province", "region", "state", "oblast", "krai", "kray", "muhafazah", "muhafazat",
        "wilayah", "wilayat", "vilayet", "ili", "il", "ostan", "county", "prefecture",
    };

    [GeneratedRegex(@"\(\s*[\d\s\-–]*\)")]
    private static partial Regex YearBracket();

    /// <summary>Key for an admin1 (or any place) name.</summary>
    public static string Admin(string? name) => Key(name, dropUnitWords: true);

    /// <summary>Key for an actor name.</summary>
    public static string Actor(string? name) => string.IsNullOrWhiteSpace(name) ? "" : Key(YearBracket().Replace(name, " "), dropUnitWords: false);

    /// <summary>Key for a country name.</summary>
    public static string Country(string? name) => Key(name, dropUnitWords: false);

    public static bool SameAdmin(string? a, string? b) => Admin(a) is { Length: > 0 } k && k == Admin(b);
    public static bool SameActor(string? a, string? b) => Actor(a) == Actor(b);
    public static bool SameCountry(string? a, string? b) => Country(a) is { Length: > 0 } k && k == Country(b);

    /// <summary>Pairs match in either order; a missing actor matches a missing actor.</summary>
    public static bool SameActorPair(string? gold1, string? gold2, string? pred1, string? pred2)
    {
        string g1 = Actor(gold1), g2 = Actor(gold2), p1 = Actor(pred1), p2 = Actor(pred2);
        return (g1 == p1 && g2 == p2) || (g1 == p2 && g2 == p1);
    }

    public static string Key(string? name, bool dropUnitWords)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (char c in name)
        {
            if (NameKey.IsApostrophe(c)) continue;
            if (char.IsLetterOrDigit(c)) { current.Append(c); continue; }
            Flush();
        }
        Flush();
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            if (NameKey.IsArticle(w) && words.Count > 1) continue;
            if (dropUnitWords && UnitWords.Contains(w) && words.Count > 1) continue;
            sb.Append(Simplify(w));
        }
        return sb.ToString();

        void Flush()
        {
            if (current.Length == 0) return;
            string w = NameKey.FoldWord(current.ToString());
            current.Clear();
            if (w.Length > 0) words.Add(w);
        }
    }

    /// <summary>Doubled letters merged, a final "h" after a vowel dropped.</summary>
    private static string Simplify(string w)
    {
        var sb = new StringBuilder(w.Length);
        foreach (char c in w)
            if (sb.Length == 0 || sb[^1] != c) sb.Append(c);
        if (sb.Length > 2 && sb[^1] == 'h' && sb[^2] is 'a' or 'e' or 'i' or 'o' or 'u') sb.Length--;
        return sb.ToString();
    }
}
