namespace Faultline.Text;

/// <summary>A word of the text with its span, its folded matching key and its consonant skeleton.</summary>
public readonly record struct Token(TextSpan Span, Word Word, bool Capitalised)
{
    public string Key => Word.Key;
    public string Skeleton => Word.Skeleton;
    public bool IsArticle => Word.IsArticle;
}

/// <summary>
/// A word form as the dictionaries match it: its folded key, consonant skeleton and whether it is an article. Every
/// token of the same form (on one thread) shares one, so what a dictionary answers about the word alone is asked once
/// and remembered here (<see cref="PhraseIndex{T}"/>), not looked up again in a large table at every occurrence.
/// </summary>
public sealed class Word(string key, string skeleton, bool isArticle)
{
    public string Key => key;
    public string Skeleton => skeleton;
    public bool IsArticle => isArticle;

    /// <summary>What one dictionary says about a word, tagged with the dictionary contents (<see cref="Owner"/>) it came from.</summary>
    internal abstract class Answer(object owner)
    {
        public object Owner { get; } = owner;
    }

    /// <summary>
    /// What dictionaries answered about this word, in a few slots (a dictionary keeps to its own slot; two sharing one,
    /// as when tests build many, overwrite each other's answers, which are then asked for again).
    /// </summary>
    private AnswerSlots _answers;

    internal const int Slots = 4;

    /// <summary>The slots, inside the word itself: one memory read fewer per look-up than a separate array.</summary>
    [System.Runtime.CompilerServices.InlineArray(Slots)]
    private struct AnswerSlots
    {
        private Answer? _first;
    }

    /// <summary>
    /// A few facts a dictionary packs into 32 bits about the word (how long a name it can start, ...), by slot, tagged
    /// with the number of the dictionary contents (<see cref="Generation"/>) they came from: read from the word itself,
    /// so a word that starts no name is passed over without reaching its answer object (one memory read fewer per token
    /// and dictionary). Tag and facts are one 64-bit value, written and read whole, so never torn between two threads.
    /// </summary>
    private HintSlots _hints;

    [System.Runtime.CompilerServices.InlineArray(Slots)]
    private struct HintSlots
    {
        private long _first;
    }

    /// <summary>One dictionary's contents, numbered (from 1: an unwritten hint, 0, matches none).</summary>
    internal sealed class Generation
    {
        private static int s_count;
        public int Number { get; } = Interlocked.Increment(ref s_count);
    }

    /// <summary>The facts <paramref name="generation"/> packed about this word in <paramref name="slot"/>, if it has.</summary>
    internal bool TryHint(int slot, Generation generation, out int hint)
    {
        long packed = _hints[slot];
        hint = (int)packed;
        return (int)(packed >> 32) == generation.Number;
    }

    internal void RememberHint(int slot, Generation generation, int hint) => _hints[slot] = ((long)generation.Number << 32) | (uint)hint;

    // Dictionaries built one after another take the slots in turn (a counter shared by every kind of dictionary).
    private static int s_dictionaries;

    internal static int NextSlot() => (Interlocked.Increment(ref s_dictionaries) - 1) % Slots;

    /// <summary>The answer <paramref name="owner"/> (using <paramref name="slot"/>) gave about this word, or null if it has not asked yet.</summary>
    internal Answer? AnswerOf(int slot, object owner) => _answers[slot] is { } a && ReferenceEquals(a.Owner, owner) ? a : null;

    /// <summary>
    /// Remembers an answer (a pure function of the word and the owner's contents). Two threads sharing a word may race
    /// here; an answer overwritten is asked for again later, never wrong.
    /// </summary>
    internal void Remember(int slot, Answer answer) => _answers[slot] = answer;
}

/// <summary>Splits text into word tokens. Hyphens and punctuation separate words; apostrophes inside a word do not.</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    public static List<Token> Tokenize(string text, TextSpan range)
    {
        // About one token per six characters of English text: sized once instead of grown (and copied) several times.
        var tokens = new List<Token>(range.Length / 6 + 4);
        var folded = FoldedWords();
        int i = range.Start;
        while (i < range.End)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int start = i;
            while (i < range.End && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i, range.End))) i++;
            // The possessive "'s" is not part of the name: "Baghdad's" is "Baghdad".
            int end = i;
            if (end - start > 3 && NameKey.IsPossessiveAt(text, end - 2)) end -= 2;
            var word = text.AsSpan(start, end - start);
            tokens.Add(new Token(new TextSpan(start, end), Folded(folded, word), char.IsUpper(word[0])));
        }
        return tokens;
    }

    // Words recur (in a text and across texts): each thread remembers the folded forms of the words it has seen, so a
    // word is folded once and its Word (key, skeleton, dictionary answers) is shared. Folding is a pure function of the word.
    [ThreadStatic] private static Dictionary<string, Word>? t_folded;

    // This thread's cache, looked up by span; taken once per text (taking the span view checks the comparer's type).
    private static Dictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> FoldedWords() =>
        (t_folded ??= new Dictionary<string, Word>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();

    private static Word Folded(Dictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word)
    {
        if (lookup.TryGetValue(word, out var folded)) return folded;
        string key = NameKey.FoldWord(word);
        folded = new Word(key, NameKey.SkeletonOfFolded(key), NameKey.IsArticle(key));
        if (lookup.Dictionary.Count >= 50_000) lookup.Dictionary.Clear(); // bounded: a long batch of odd words does not grow it forever
        lookup[word] = folded;
        return folded;
    }

    private static bool IsInnerApostrophe(string text, int i, int end) =>
        NameKey.IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);
}
