using Faultline.Text;

namespace Faultline.Merging;

/// <summary>
/// The localities a report's event sentence names ("in the area of Petrovskoye", "in the town of Kafr Takharim", "near
/// Hawija") and every word it uses, as consonant skeletons so that transliterations meet ("Tal Afar" = "Tel Afar").
/// Two reports that each name a locality the other never mentions tell of two places, even when the gazetteer resolved
/// both to the same town or province (small villages often fall back to the district or province).
/// </summary>
public sealed class Localities
{
    private static readonly HashSet<string> Before = new(StringComparer.Ordinal) { "in", "near", "at", "outside", "around", "inside" };
    private static readonly HashSet<string> UnitOf = new(StringComparer.Ordinal)
    {
        "town", "village", "city", "area", "district", "province", "governorate", "region", "neighbourhood", "neighborhood",
        "suburb", "suburbs", "outskirts", "vicinity", "countryside", "camp", "municipality", "villages", "towns",
    };
    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "a", "an", "his", "her", "their",
    };

    /// <summary>Each named locality as the skeletons of its words.</summary>
    public IReadOnlyList<string[]> Names { get; }
    private readonly HashSet<string> _words;

    private Localities(IReadOnlyList<string[]> names, HashSet<string> words) { Names = names; _words = words; }

    public static Localities Of(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tokens) if (t.Skeleton.Length >= 2) words.Add(t.Skeleton);
        var names = new List<string[]>();
        for (int i = 0; i < tokens.Count - 1; i++)
        {
            string k = tokens[i].Key;
            bool opens = Before.Contains(k) || k == "of" && i > 0 && UnitOf.Contains(tokens[i - 1].Key);
            if (!opens) continue;
            int j = i + 1;
            while (j < tokens.Count && tokens[j].IsArticle) j++;
            var name = new List<string>();
            // A name runs over capitalised words joined by spaces or hyphens ("Zardana Mashehad", "Belgrade-Stari Grad");
            // a comma or a bracket ends it ("Petrovskoye, Donetsk" is a village, then its province).
            for (; j < tokens.Count && tokens[j].Capitalised && !NotPlaces.Contains(tokens[j].Key); j++)
            {
                if (name.Count > 0 && !Joined(text, tokens[j - 1].Span.End, tokens[j].Span.Start)) break;
                if (!tokens[j].IsArticle && tokens[j].Skeleton.Length >= 2) name.Add(tokens[j].Skeleton);
            }
            if (name.Count > 0) names.Add([.. name]);
        }
        return new Localities(names, words);
    }

    private static bool Joined(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (!char.IsWhiteSpace(text[i]) && text[i] != '-') return false;
        return true;
    }

    /// <summary>True when some word of the name appears in this text.</summary>
    public bool Mentions(string[] name) => name.Any(_words.Contains);

    /// <summary>Each names a locality the other does not mention.</summary>
    public static bool Conflict(Localities a, Localities b) =>
        a.Names.Any(n => !b.Mentions(n)) && b.Names.Any(n => !a.Mentions(n));
}
