using Faultline.Text;

namespace Faultline.Merging;

/// <summary>
/// The localities a report's event sentence names and every word it uses, as consonant skeletons so that
/// transliterations meet ("Tal Afar" = "Tel Afar"). A locality is a run of capitalised words after a locative word
/// ("in the area of Petrovskoye", "in the town of Kafr Takharim", "near Hawija", "between Kahil and Mseifra") or
/// after a verb in the past tense ("shelled Kinda", "attacked Napula"), or before a word for a place ("Basufan
/// village", "Baqim district"), that is no actor's name. A report that names a locality the other never mentions
/// tells of another place, even when the gazetteer resolved both to the same town or province (small villages often
/// fall back to their district or province).
/// </summary>
public sealed class Localities
{
    private static readonly HashSet<string> Before = new(StringComparer.Ordinal)
    {
        "in", "near", "at", "on", "outside", "around", "inside", "into", "towards", "toward", "between", "and", "hit", "struck", "targeting",
    };
    /// <summary>Lower-case words inside place names ("Shakhta imeni Gagarina", "Qabr al Kabir", "Khabb wa ash Shaaf").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "imeni", "al", "el", "ul", "as", "ash", "ad", "an", "ar", "at", "az", "bin", "ibn", "abu", "bani", "beni", "wa", "de", "del", "da", "di", "du", "la", "le",
    };
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
    /// <summary>For each name, whether it is the place the event was coded to (its location or admin units).</summary>
    private readonly bool[] _own;
    private readonly HashSet<string> _words;

    private Localities(IReadOnlyList<string[]> names, bool[] own, HashSet<string> words) { Names = names; _own = own; _words = words; }

    /// <summary>
    /// The localities of a text; <paramref name="isActor"/> tells names of actors (never localities). The country's
    /// adjective ("Afghan", "Iraqi") is no locality. Names of the place the event was coded to (<paramref name="coded"/>:
    /// location, admin units, country) are marked: when two reports were coded to the same place, its name in either
    /// spelling ("Muqdisho", "Mogadishu") is shared.
    /// </summary>
    public static Localities Of(string text, Func<string, bool>? isActor = null, IEnumerable<string?>? coded = null)
    {
        var own = new HashSet<string>(StringComparer.Ordinal);
        string? country = null;
        foreach (var place in coded ?? [])
        {
            if (string.IsNullOrEmpty(place)) continue;
            foreach (var t in Tokenizer.Tokenize(place)) if (!t.IsArticle) own.Add(Part(t));
            country = place;
        }
        string? countryKey = country is null ? null : NameKey.Fold(country);
        var tokens = Tokenizer.Tokenize(text);
        var words = new HashSet<string>(StringComparer.Ordinal);
        // A name meets a capitalised word (or a particle of a name) by shape; a common word only as itself, or its
        // skeleton would stand for names ("town" for Tweini, "south" for Al Satheyat).
        foreach (var t in tokens) { words.Add(t.Key); if (t.Capitalised || Particles.Contains(t.Key)) words.Add(Part(t)); }
        var names = new List<string[]>();
        for (int i = 1; i < tokens.Count - 1; i++)
        {
            // "... Heish village", "... Baqim district": a capitalised run (not opening the text) before a unit word.
            if (UnitOf.Contains(tokens[i].Key) && !tokens[i].Capitalised && tokens[i - 1].Capitalised && !NotPlaces.Contains(tokens[i - 1].Key))
            {
                int start = i - 1;
                while (start > 1 && tokens[start - 1].Capitalised && !NotPlaces.Contains(tokens[start - 1].Key)
                       && Joined(text, tokens[start - 1].Span.End, tokens[start].Span.Start)) start--;
                if (start > 0)
                {
                    var run = tokens.Skip(start).Take(i - start).Where(t => !t.IsArticle)
                        .Select(Part).ToArray();
                    if (run.Length > 0 && !Adjective(run, tokens[start].Key, countryKey)
                        && (isActor is null || !isActor(text[tokens[start].Span.Start..tokens[i - 1].Span.End]))) names.Add(run);
                }
            }
        }
        var ends = new HashSet<int>(); // token indices where a name read so far ends
        for (int i = 0; i < tokens.Count - 1; i++)
        {
            string k = tokens[i].Key;
            bool opens = !tokens[i].Capitalised && (Before.Contains(k) || k.Length > 4 && k.EndsWith("ed", StringComparison.Ordinal)
                         || k == "of" && i > 0 && (UnitOf.Contains(tokens[i - 1].Key) || !tokens[i - 1].Capitalised));
            if (!opens) continue;
            // "near Beni in North Kivu": a name right after another and "in" is where the first one lies, not a place of its own.
            if (k == "in" && ends.Contains(i - 1)) continue;
            // "in the area of Azov": after a word for a place, a name is a place even when a group shares it.
            bool unitOf = k == "of" && i > 0 && UnitOf.Contains(tokens[i - 1].Key);
            int j = i + 1;
            while (j < tokens.Count && tokens[j].IsArticle) j++;
            var name = new List<string>();
            int first = j, last = j;
            // A name runs over capitalised words joined by spaces or hyphens ("Zardana Mashehad", "Belgrade-Stari Grad");
            // a comma or a bracket ends it ("Petrovskoye, Donetsk" is a village, then its province).
            for (; j < tokens.Count && (tokens[j].Capitalised || name.Count > 0 && Particles.Contains(tokens[j].Key) && NextCapitalised(tokens, j)
                                        || name.Count > 0 && char.IsDigit(tokens[j].Key[0]) && text[tokens[j].Span.Start - 1] == '-')
                   && !NotPlaces.Contains(tokens[j].Key); j++)
            {
                if (name.Count > 0 && !Joined(text, tokens[j - 1].Span.End, tokens[j].Span.Start)) break;
                if (!tokens[j].IsArticle) name.Add(Part(tokens[j]));
                last = j;
            }
            if (name.Count == 0 || Adjective([.. name], tokens[first].Key, countryKey)) continue;
            if (!unitOf && isActor is not null && isActor(text[tokens[first].Span.Start..tokens[last].Span.End])) continue;
            names.Add([.. name]);
            ends.Add(last);
        }
        // "shelled with rockets Qatra in Idlib", "Tal Dahab in the northern countryside of Homs": a name the text puts in the
        // place the event was coded to (no other capitalised word between) is a locality of that place.
        for (int i = 2; i < tokens.Count - 1; i++)
        {
            if (tokens[i].Key != "in" || tokens[i].Capitalised || !tokens[i - 1].Capitalised || ends.Contains(i - 1)) continue;
            int j = i + 1;
            while (j < tokens.Count && j <= i + 6 && !tokens[j].Capitalised) j++;
            if (j >= tokens.Count || !own.Contains(Part(tokens[j]))) continue;
            int start = i - 1;
            while (start > 1 && tokens[start - 1].Capitalised && !NotPlaces.Contains(tokens[start - 1].Key) && Joined(text, tokens[start - 1].Span.End, tokens[start].Span.Start)) start--;
            // Not opening a sentence or following a comma: the word before is a lower-case word of the same clause.
            if (tokens[start - 1].Capitalised || !Joined(text, tokens[start - 1].Span.End, tokens[start].Span.Start)) continue;
            var run = tokens.Skip(start).Take(i - start).Where(t => !t.IsArticle).Select(Part).ToArray();
            if (run.Length == 0 || tokens.Skip(start).Take(i - start).Any(t => NotPlaces.Contains(t.Key)) || Adjective(run, tokens[start].Key, countryKey)) continue;
            if (isActor is not null && isActor(text[tokens[start].Span.Start..tokens[i - 1].Span.End])) continue;
            names.Add(run);
            ends.Add(i - 1);
        }
        return new Localities(names, names.Select(n => n.All(own.Contains)).ToArray(), words);
    }

    /// <summary>
    /// A word of a name as localities compare it: its consonant skeleton, so that transliterations meet ("Tal Afar",
    /// "Tel Afar"), marked when the word ends in a vowel: Arabic's feminine ending (-a, -ah, -eh) makes another word of the
    /// same consonants, and transliterations keep it ("Al-Latamna" and "Latmin" are two villages 5 km apart, while
    /// "Raqqa" and "Raqqah" are one). A word too short for a skeleton is its folded self.
    /// </summary>
    private static string Part(Token t)
    {
        if (t.Skeleton.Length < 2) return t.Key;
        string k = t.Key;
        bool vowelEnd = k[^1] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' || k.Length > 3 && k[^1] == 'h' && k[^2] is 'a' or 'e';
        return vowelEnd ? t.Skeleton + "~" : t.Skeleton;
    }

    /// <summary>The country's adjective ("Afghan", "Iraqi", "Turkish").</summary>
    private static bool Adjective(string[] name, string firstKey, string? countryKey)
    {
        if (name.Length != 1 || countryKey is null || firstKey.Length < 4) return false;
        int common = 0;
        while (common < firstKey.Length && common < countryKey.Length && firstKey[common] == countryKey[common]) common++;
        return common >= 4;
    }

    private static bool NextCapitalised(List<Token> tokens, int j) => j + 1 < tokens.Count && tokens[j + 1].Capitalised;

    private static bool Joined(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (!char.IsWhiteSpace(text[i]) && text[i] != '-') return false;
        return true;
    }

    /// <summary>True when every word of the name appears in this text.</summary>
    public bool Mentions(string[] name) => name.All(_words.Contains);

    /// <summary>Names a locality the other does not mention (its coded place counts as shared when both share it).</summary>
    private bool NamesOtherThan(Localities other, bool samePlace)
    {
        for (int i = 0; i < Names.Count; i++)
            if (!other.Mentions(Names[i]) && !(samePlace && _own[i])) return true;
        return false;
    }

    /// <summary>Either names a locality the other does not mention.</summary>
    public static bool Unshared(Localities a, Localities b, bool samePlace = false) =>
        a.NamesOtherThan(b, samePlace) || b.NamesOtherThan(a, samePlace);
}
