using Faultline.Text;

namespace Faultline.Merging;

/// <summary>
/// Who a report of a demonstration says took part, as kinds of people: "students", "teachers", "textile workers",
/// "the party Dveri". Words for one kind meet ("residents", "citizens", "villagers"); words for any crowd ("protesters",
/// "demonstrators", "people", "hundreds") name no one in particular and are not read. Several protests by different
/// groups in one city on one day are separate events (ACLED codes each), while two reports of one protest name at
/// least one group in common, or one of them names none.
/// </summary>
public sealed class Participants
{
    /// <summary>Each word for a group of people, and the kind it names.</summary>
    private static readonly Dictionary<string, string> WordKinds = Build(
        ("students", "student students pupils schoolchildren undergraduates graduates"),
        ("teachers", "teacher teachers educators lecturers professors"),
        ("workers", "worker workers labourers laborers employees"),
        ("medics", "doctors physicians nurses medics"),
        ("farmers", "farmer farmers peasants growers herders"),
        ("drivers", "drivers truckers motorists"),
        ("traders", "merchants traders shopkeepers vendors"),
        ("lawyers", "lawyers attorneys"),
        ("journalists", "journalists reporters"),
        ("artists", "artists musicians performers"),
        ("technicians", "technicians engineers"),
        ("activists", "activists campaigners"),
        ("politicians", "mayors councillors councilors lawmakers parliamentarians deputies"),
        ("residents", "residents citizens villagers locals inhabitants"),
        ("pensioners", "pensioners retirees"),
        ("veterans", "veterans"),
        ("families", "families relatives mothers"),
        ("savers", "depositors investors savers"),
        ("unemployed", "unemployed jobless"),
        ("clerics", "clerics imams monks priests"),
        ("refugees", "refugees displaced"),
        ("prisoners", "prisoners detainees inmates"),
        ("fishermen", "fishermen"),
        ("miners", "miners"),
        ("party", "party parties opposition supporters"),
        ("union", "union unions syndicate unionists"));

    private readonly HashSet<string> _kinds;

    private Participants(HashSet<string> kinds) => _kinds = kinds;

    /// <summary>The kinds of people named ("students", "workers").</summary>
    public IReadOnlyCollection<string> Kinds => _kinds;

    public static Participants Of(string text)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var tokens = Tokenizer.Tokenize(text);
        for (int i = 0; i < tokens.Count; i++)
        {
            // A word inside a capitalised name names an organisation, not who marched ("the European Union office",
            // "the Workers' Party"): skipped when the word before it is capitalised too.
            if (tokens[i].Capitalised && i > 0 && tokens[i - 1].Capitalised && tokens[i].Span.Start - tokens[i - 1].Span.End <= 1) continue;
            if (WordKinds.TryGetValue(tokens[i].Key, out var kind)) kinds.Add(kind);
        }
        return new Participants(kinds);
    }

    /// <summary>Both name who took part, and no kind of people in common.</summary>
    public static bool Differ(Participants a, Participants b) =>
        a._kinds.Count > 0 && b._kinds.Count > 0 && !a._kinds.Overlaps(b._kinds);

    private static Dictionary<string, string> Build(params (string Kind, string Words)[] kinds)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, words) in kinds)
            foreach (var w in words.Split(' ')) map[w] = kind;
        return map;
    }
}
