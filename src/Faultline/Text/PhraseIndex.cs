using System.Runtime.InteropServices;
using System.Text;

namespace Faultline.Text;

/// <summary>A dictionary phrase found in text: its span, the entries it may name, and whether only the skeleton matched.</summary>
public sealed record PhraseMatch<T>(TextSpan Span, IReadOnlyList<T> Candidates, bool ByShape);

/// <summary>
/// Finds dictionary names (places, actors) in tokenised text, longest match first. Names are looked up by their
/// folded key; capitalised phrases that miss are tried again by consonant skeleton, which absorbs
/// transliteration variants ("Seraya el Selam" = "Saraya al-Salam").
/// </summary>
public sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, List<T>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<T>> _bySkeleton = new(StringComparer.Ordinal);
    private int _maxWords = 1;
    // The longest name (in words, articles included) that starts with a given first word, by key and by skeleton:
    // a token that starts no name is skipped at once, which is what keeps matching fast on long texts.
    private readonly Dictionary<string, int> _maxWordsByFirstKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _maxWordsByFirstSkeleton = new(StringComparer.Ordinal);

    // Every key and every word-prefix of one ("new", "new york" for "new york city"), built on first use: a run of
    // words whose key is no such prefix begins no longer name either, so FindAll skips its longer exact look-ups.
    private HashSet<string>? _keyPrefixes;
    // Every word of a key after its first ("york", "city" for "new york city"), built with the prefixes: a run of
    // words whose last word is none of these is no key's prefix, which is known without building the run's key.
    private HashSet<string>? _innerWords;

    /// <summary>Skeletons shorter than this are never matched by shape (too many look-alikes).</summary>
    public int MinSkeletonLength { get; init; } = 5;

    /// <summary>
    /// Shortest skeleton <see cref="LookupByShape"/> accepts for a name given on its own (already delimited, so a
    /// short skeleton cannot catch a stray word of running text): "Hizb Allah" = "Hezbollah". Defaults to
    /// <see cref="MinSkeletonLength"/>; <see cref="FindAll"/> never goes below that.
    /// </summary>
    public int MinNameSkeletonLength { get => _minName ?? MinSkeletonLength; init => _minName = value; }
    private readonly int? _minName;

    public int Count => _byKey.Count;

    public void Add(string name, T value, bool allowShapeMatch = true)
    {
        var tokens = Tokenizer.Tokenize(name);
        if (tokens.Count == 0) return;
        string key = KeyOf(tokens, 0, tokens.Count);
        if (key.Length == 0) return;
        AddTo(_byKey, key, value);
        _keyPrefixes = null;
        _innerWords = null;
        _generation = new Word.Generation();
        _maxWords = Math.Max(_maxWords, tokens.Count);
        var firstWord = tokens.First(t => !t.IsArticle);
        int span = tokens.Count + 2; // room for articles and joined forms written as separate words
        _maxWordsByFirstKey[firstWord.Key] = Math.Max(_maxWordsByFirstKey.GetValueOrDefault(firstWord.Key), span);
        if (!allowShapeMatch) return;
        string skeleton = SkeletonOf(tokens, 0, tokens.Count);
        if (skeleton.Length < Math.Min(MinSkeletonLength, MinNameSkeletonLength)) return;
        AddTo(_bySkeleton, skeleton, value);
        if (skeleton.Length < MinSkeletonLength) return; // indexed for LookupByShape only, never for running text
        // Shape matches may split words differently ("Ahlilhak" / "Ahl al-Haq"): index every prefix of the first word's skeleton.
        var sk = firstWord.Skeleton;
        for (int len = Math.Min(2, sk.Length); len <= sk.Length; len++)
        {
            string prefix = sk[..len];
            _maxWordsByFirstSkeleton[prefix] = Math.Max(_maxWordsByFirstSkeleton.GetValueOrDefault(prefix), span);
        }
    }

    public IReadOnlyList<T> Lookup(string name)
    {
        string key = NameKey.Fold(name);
        return _byKey.TryGetValue(key, out var list) ? list : [];
    }

    public IReadOnlyList<T> LookupByShape(string name)
    {
        string sk = NameKey.Skeleton(name);
        return sk.Length >= MinNameSkeletonLength && _bySkeleton.TryGetValue(sk, out var list) ? list : [];
    }

    /// <summary>
    /// Entries whose folded key is one edit (insertion, deletion or substitution) from the name's, for a name given on
    /// its own whose key has at least <paramref name="minLength"/> letters: "Al-Shebaab" = "Al-Shabaab",
    /// "Tareq Salih" = "Tareq Saleh". A last resort: slow (it scans every key) and never used on running text.
    /// </summary>
    public IReadOnlyList<T> LookupByOneEdit(string name, int minLength = 5)
    {
        string key = NameKey.Fold(name);
        if (key.Length < minLength) return [];
        var found = new List<T>();
        foreach (var (k, values) in _byKey)
            if (k.Length >= minLength && Math.Abs(k.Length - key.Length) <= 1 && WithinOneEdit(k, key))
                foreach (var v in values) if (!found.Contains(v)) found.Add(v);
        return found;
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (a.Length > b.Length) (a, b) = (b, a);
        int i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        if (i == a.Length) return b.Length - a.Length <= 1;
        return a.Length == b.Length
            ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
            : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    /// <summary>Longest non-overlapping matches, left to right.</summary>
    public List<PhraseMatch<T>> FindAll(string text, IReadOnlyList<Token> tokenList)
    {
        var found = new List<PhraseMatch<T>>();
        ReadOnlySpan<Token> tokens = tokenList is List<Token> list ? CollectionsMarshal.AsSpan(list) : tokenList.ToArray();
        // Phrase keys and skeletons are built in one reused buffer and looked up as spans: no string per attempt.
        var byKey = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        var bySkeleton = _bySkeleton.GetAlternateLookup<ReadOnlySpan<char>>();
        char[]? buffer = null;
        try
        {
            for (int i = 0; i < tokens.Length;)
            {
                int matched = 0;
                int first = i;
                while (first < tokens.Length && tokens[first].IsArticle) first++;
                if (first >= tokens.Length) break;
                var head = HintFor(tokens[first].Word);
                int shapeWords = tokens[first].Capitalised ? head.ShapeWords : 0;
                int words = Math.Max(head.KeyWords, shapeWords) + (first - i);
                if (words == 0) { i++; continue; }
                int limit = ContiguousRun(text, tokens, i, Math.Min(words, _maxWords + 2));
                int exactWords = KeyPrefixWords(tokens, i, limit, ref buffer);
                for (int n = limit; n >= 1 && matched == 0; n--)
                {
                    if (tokens[i + n - 1].IsArticle) continue;
                    var span = new TextSpan(tokens[i].Span.Start, tokens[i + n - 1].Span.End);
                    if (SoleWord(tokens, i, n) is int only)
                    {
                        // One word and its articles: what the index says about that word is remembered on it.
                        var word = tokens[only];
                        if (word.Key.Length == 0) continue;
                        var hint = HintFor(word.Word);
                        if (n <= exactWords && hint.NamesAlone) { found.Add(new PhraseMatch<T>(span, AnswerFor(word.Word).Exact!, false)); matched = n; }
                        else if (word.Capitalised && hint.NamesAloneByShape) { found.Add(new PhraseMatch<T>(span, AnswerFor(word.Word).Shaped!, true)); matched = n; }
                        continue;
                    }
                    if (!AnyKey(tokens, i, n)) continue;
                    // The run's key is built only when it can be a key (see KeyPrefixWords): most runs tried are
                    // longer, and are only looked up by shape.
                    if (n <= exactWords && byKey.TryGetValue(KeyOf(tokens, i, n, ref buffer), out var exact))
                    {
                        found.Add(new PhraseMatch<T>(span, exact, false));
                        matched = n;
                    }
                    else if (AllCapitalised(tokens, i, n) && !PossessiveInside(text, tokens, i, n))
                    {
                        var sk = SkeletonOf(tokens, i, n, ref buffer);
                        if (sk.Length >= MinSkeletonLength && bySkeleton.TryGetValue(sk, out var shaped))
                        {
                            found.Add(new PhraseMatch<T>(span, shaped, true));
                            matched = n;
                        }
                    }
                }
                i += Math.Max(matched, 1);
            }
        }
        finally
        {
            if (buffer is not null) System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
        return found;
    }

    /// <summary>
    /// What the index says about one word on its own: the longest name (in words) it starts, by key and by shape,
    /// whether its key is a key or a word-prefix of one, and the entries it names alone, by key and by shape.
    /// </summary>
    private sealed class WordAnswer(object owner, WordHint hint, List<T>? exact, List<T>? shaped) : Word.Answer(owner)
    {
        public WordHint Hint => hint;
        public List<T>? Exact => exact;
        public List<T>? Shaped => shaped;
    }

    /// <summary>
    /// The part of a <see cref="WordAnswer"/> that FindAll needs at every token, packed in 32 bits to be remembered on
    /// the word itself (<see cref="Word.TryHint"/>): the longest name (in words) the word starts by key and by shape
    /// (12 bits each; no name has 4,000 words) and two flags.
    /// </summary>
    private readonly struct WordHint(int bits)
    {
        private const int WordsMask = 0xFFF, ShapeShift = 12, BeginsKeyBit = 1 << 24, MayContinueKeyBit = 1 << 25,
            NamesAloneBit = 1 << 26, NamesAloneByShapeBit = 1 << 27;

        public static WordHint Of(int keyWords, int shapeWords, bool beginsKey, bool mayContinueKey, bool namesAlone, bool namesAloneByShape) =>
            new(Math.Min(keyWords, WordsMask) | Math.Min(shapeWords, WordsMask) << ShapeShift
                | (beginsKey ? BeginsKeyBit : 0) | (mayContinueKey ? MayContinueKeyBit : 0)
                | (namesAlone ? NamesAloneBit : 0) | (namesAloneByShape ? NamesAloneByShapeBit : 0));

        public int Bits => bits;
        public int KeyWords => bits & WordsMask;
        public int ShapeWords => (bits >> ShapeShift) & WordsMask;
        /// <summary>Whether the word's key is a key or a word-prefix of one.</summary>
        public bool BeginsKey => (bits & BeginsKeyBit) != 0;
        /// <summary>False when no key has this word after its first word: no run of words ending in it begins a key.</summary>
        public bool MayContinueKey => (bits & MayContinueKeyBit) != 0;
        /// <summary>Whether the word's answer names entries by key (<see cref="WordAnswer.Exact"/> is set).</summary>
        public bool NamesAlone => (bits & NamesAloneBit) != 0;
        /// <summary>Whether the word's answer names entries by shape (<see cref="WordAnswer.Shaped"/> is set).</summary>
        public bool NamesAloneByShape => (bits & NamesAloneByShapeBit) != 0;
    }

    /// <summary>The index's hint about a word: read from the word when remembered there, else from its answer.</summary>
    private WordHint HintFor(Word word) =>
        word.TryHint(_slot, _generation, out int bits) ? new WordHint(bits) : AnswerFor(word).Hint;

    // Replaced whenever entries are added, so answers remembered on words before then are never used again.
    private Word.Generation _generation = new();

    // The slot of a word's remembered answers this index uses.
    private readonly int _slot = Word.NextSlot();

    /// <summary>
    /// The index's answer about a word, remembered on the word (<see cref="Word"/>): a text's words recur, and each
    /// look-up in the large tables here is a cache miss or two, which was the cost of matching.
    /// </summary>
    private WordAnswer AnswerFor(Word word)
    {
        var generation = _generation;
        // An answer tagged with this index's generation object was made here, so it is a WordAnswer: no type check
        // (a cast to a generic nested type needs a run-time type look-up, on every token of every text).
        if (word.AnswerOf(_slot, generation) is { } known) return System.Runtime.CompilerServices.Unsafe.As<WordAnswer>(known);
        var (prefixes, innerWords) = KeyParts();
        var exact = _byKey.GetValueOrDefault(word.Key);
        var shaped = word.Skeleton.Length >= MinSkeletonLength ? _bySkeleton.GetValueOrDefault(word.Skeleton) : null;
        var hint = WordHint.Of(
            _maxWordsByFirstKey.GetValueOrDefault(word.Key),
            ShapeWords(word.Skeleton),
            prefixes.Contains(word.Key),
            innerWords.Contains(word.Key) || word.Key.Contains(' '),
            exact is not null, shaped is not null);
        var answer = new WordAnswer(generation, hint, exact, shaped);
        word.Remember(_slot, answer);
        word.RememberHint(_slot, generation, hint.Bits);
        return answer;
    }

    /// <summary>The index of the one token of <paramref name="n"/> from <paramref name="i"/> that is no article, or null when there are several.</summary>
    private static int? SoleWord(ReadOnlySpan<Token> tokens, int i, int n)
    {
        int? only = null;
        for (int k = i; k < i + n; k++)
        {
            if (tokens[k].IsArticle) continue;
            if (only is not null) return null;
            only = k;
        }
        return only;
    }

    /// <summary>Whether some word of <paramref name="n"/> from <paramref name="i"/> that is no article has a key (so the run's key is not empty).</summary>
    private static bool AnyKey(ReadOnlySpan<Token> tokens, int i, int n)
    {
        for (int k = i; k < i + n; k++)
            if (!tokens[k].IsArticle && tokens[k].Key.Length > 0) return true;
        return false;
    }

    /// <summary>The most words from <paramref name="i"/> whose key is a key or a word-prefix of one: no exact match is longer.</summary>
    private int KeyPrefixWords(ReadOnlySpan<Token> tokens, int i, int limit, ref char[]? buffer)
    {
        var prefixes = KeyParts().Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        int longest = 0;
        for (int n = 1; n <= limit; n++)
        {
            if (tokens[i + n - 1].IsArticle) continue; // an article adds nothing to the key
            if (SoleWord(tokens, i, n) is int only)
            {
                if (tokens[only].Key.Length == 0) continue;
                if (!HintFor(tokens[only].Word).BeginsKey) break;
                longest = n;
                continue;
            }
            // Several words: the last one must be some key's inner word before the run's key is worth building.
            var last = tokens[i + n - 1];
            if (last.Key.Length > 0 && !HintFor(last.Word).MayContinueKey) break;
            var key = KeyOf(tokens, i, n, ref buffer);
            if (key.Length == 0) continue;
            if (!prefixes.Contains(key)) break; // nor is any longer run's key (it extends this one at a space)
            longest = n;
        }
        return longest;
    }

    /// <summary>The key prefixes and inner words (see the fields), built on first use after any change.</summary>
    private (HashSet<string> Prefixes, HashSet<string> InnerWords) KeyParts()
    {
        if (Volatile.Read(ref _keyPrefixes) is { } built && Volatile.Read(ref _innerWords) is { } inner) return (built, inner);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var innerWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in _byKey.Keys)
        {
            prefixes.Add(key);
            for (int at = key.IndexOf(' '); at >= 0; at = key.IndexOf(' ', at + 1))
            {
                prefixes.Add(key[..at]);
                int next = key.IndexOf(' ', at + 1);
                innerWords.Add(next < 0 ? key[(at + 1)..] : key[(at + 1)..next]);
            }
        }
        Volatile.Write(ref _innerWords, innerWords);
        Volatile.Write(ref _keyPrefixes, prefixes);
        return (prefixes, innerWords);
    }

    /// <summary>The longest shape-matchable name whose first word and this token's skeleton agree on a prefix.</summary>
    private int ShapeWords(string skeleton)
    {
        var prefixes = _maxWordsByFirstSkeleton.GetAlternateLookup<ReadOnlySpan<char>>();
        int best = 0;
        // Add indexes every prefix (from two letters) of a first word's skeleton, so a prefix that is missing has
        // no longer prefix indexed either: stop at the first miss.
        for (int len = Math.Min(2, skeleton.Length); len <= skeleton.Length; len++)
        {
            if (!prefixes.TryGetValue(skeleton.AsSpan(0, len), out int w)) break;
            best = Math.Max(best, w);
        }
        return best;
    }

    /// <summary>How many tokens from <paramref name="i"/> are joined only by spaces or hyphens (no punctuation between).</summary>
    private static int ContiguousRun(string text, ReadOnlySpan<Token> tokens, int i, int max)
    {
        int n = 1;
        while (n < max && i + n < tokens.Length)
        {
            int gapStart = tokens[i + n - 1].Span.End, gapEnd = tokens[i + n].Span.Start;
            if (gapEnd - gapStart > 4 || !IsJoin(text, gapStart, gapEnd)) break;
            n++;
        }
        return n;
    }

    /// <summary>Words of one name are joined by spaces or hyphens, after an optional possessive ("People's Militia").</summary>
    private static bool IsJoin(string text, int start, int end)
    {
        int k = start;
        if (k + 1 < end && NameKey.IsPossessiveAt(text, k)) k += 2;
        if (k == end) return false;
        // "and/or" joins the words of a name as a space does ("regime and/or Russian").
        if (end - k == 1 && text[k] == '/' && k >= 3 && text.AsSpan(k - 3, 3).Equals("and", StringComparison.OrdinalIgnoreCase)) return true;
        for (; k < end; k++)
            if (!(text[k] == ' ' || text[k] == '-' || text[k] == '\u00A0')) return false;
        return true;
    }

    /// <summary>
    /// A possessive between the words: "Beirut's Sanayeh" is a district of Beirut, never one name to respell by shape
    /// (its consonants are those of a German town). Exact names may still hold one ("People's Militia").
    /// </summary>
    private static bool PossessiveInside(string text, ReadOnlySpan<Token> tokens, int i, int n)
    {
        for (int k = i; k + 1 < i + n; k++)
        {
            if (NameKey.IsPossessiveAt(text, tokens[k].Span.End)) return true;
        }
        return false;
    }

    private static bool AllCapitalised(ReadOnlySpan<Token> tokens, int i, int n)
    {
        for (int k = i; k < i + n; k++)
            if (!tokens[k].IsArticle && !tokens[k].Capitalised) return false;
        return true;
    }

    private static string KeyOf(IReadOnlyList<Token> tokens, int i, int n)
    {
        if (n == 1) return tokens[i].IsArticle ? "" : tokens[i].Key;
        var sb = new StringBuilder();
        for (int k = i; k < i + n; k++)
        {
            if (tokens[k].IsArticle) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(tokens[k].Key);
        }
        return sb.ToString();
    }

    private static string SkeletonOf(IReadOnlyList<Token> tokens, int i, int n)
    {
        string sk = "";
        for (int k = i; k < i + n; k++)
            if (!tokens[k].IsArticle) sk = NameKey.JoinSkeletons(sk, tokens[k].Skeleton);
        return sk;
    }

    /// <summary><see cref="KeyOf(IReadOnlyList{Token}, int, int)"/> written into <paramref name="buffer"/> (pooled, grown as needed).</summary>
    private static ReadOnlySpan<char> KeyOf(ReadOnlySpan<Token> tokens, int i, int n, ref char[]? buffer)
    {
        if (n == 1) return tokens[i].IsArticle ? "" : tokens[i].Key;
        int length = 0;
        for (int k = i; k < i + n; k++)
        {
            if (tokens[k].IsArticle) continue;
            var key = tokens[k].Key;
            Ensure(ref buffer, length + key.Length + 1);
            if (length > 0) buffer![length++] = ' ';
            key.CopyTo(buffer.AsSpan(length));
            length += key.Length;
        }
        return buffer is null ? "" : buffer.AsSpan(0, length);
    }

    /// <summary>
    /// <see cref="SkeletonOf(IReadOnlyList{Token}, int, int)"/> written into <paramref name="buffer"/>: the same joining
    /// as <see cref="NameKey.JoinSkeletons"/> (a letter doubled at a seam is written once).
    /// </summary>
    private static ReadOnlySpan<char> SkeletonOf(ReadOnlySpan<Token> tokens, int i, int n, ref char[]? buffer)
    {
        int length = 0;
        for (int k = i; k < i + n; k++)
        {
            if (tokens[k].IsArticle) continue;
            var sk = tokens[k].Skeleton;
            if (sk.Length == 0) continue;
            Ensure(ref buffer, length + sk.Length);
            int from = length > 0 && buffer![length - 1] == sk[0] ? 1 : 0;
            sk.AsSpan(from).CopyTo(buffer.AsSpan(length));
            length += sk.Length - from;
        }
        return buffer is null ? "" : buffer.AsSpan(0, length);
    }

    private static void Ensure(ref char[]? buffer, int length)
    {
        if (buffer is not null && buffer.Length >= length) return;
        var bigger = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(length, 64));
        if (buffer is not null)
        {
            buffer.AsSpan().CopyTo(bigger);
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
        buffer = bigger;
    }

    /// <summary>Writes the index for <see cref="DataCache"/>; entries are written as numbers given by <paramref name="idOf"/>.</summary>
    internal void WriteTo(CacheWriter w, Func<T, int> idOf)
    {
        w.Int(_maxWords);
        WriteLists(w, _byKey, idOf);
        WriteLists(w, _bySkeleton, idOf);
        WriteCounts(w, _maxWordsByFirstKey);
        WriteCounts(w, _maxWordsByFirstSkeleton);
    }

    /// <summary>Fills an empty index from what <see cref="WriteTo"/> wrote (same order, so the same enumeration order).</summary>
    internal void ReadFrom(CacheReader r, Func<int, T> entry)
    {
        _maxWords = r.Int();
        ReadLists(r, _byKey, entry);
        _keyPrefixes = null;
        _innerWords = null;
        _generation = new Word.Generation();
        ReadLists(r, _bySkeleton, entry);
        ReadCounts(r, _maxWordsByFirstKey);
        ReadCounts(r, _maxWordsByFirstSkeleton);
    }

    private static void WriteLists(CacheWriter w, Dictionary<string, List<T>> d, Func<T, int> idOf)
    {
        w.Int(d.Count);
        foreach (var (key, list) in d)
        {
            w.String(key);
            w.Int(list.Count);
            foreach (var v in list) w.Int(idOf(v));
        }
    }

    private static void ReadLists(CacheReader r, Dictionary<string, List<T>> d, Func<int, T> entry)
    {
        int count = r.Int();
        d.EnsureCapacity(count);
        for (int i = 0; i < count; i++)
        {
            string key = r.String();
            int n = r.Int();
            var list = new List<T>(n);
            for (int k = 0; k < n; k++) list.Add(entry(r.Int()));
            d.Add(key, list);
        }
    }

    private static void WriteCounts(CacheWriter w, Dictionary<string, int> d)
    {
        w.Int(d.Count);
        foreach (var (key, n) in d) { w.String(key); w.Int(n); }
    }

    private static void ReadCounts(CacheReader r, Dictionary<string, int> d)
    {
        int count = r.Int();
        d.EnsureCapacity(count);
        for (int i = 0; i < count; i++) d.Add(r.String(), r.Int());
    }

    private static void AddTo(Dictionary<string, List<T>> d, string key, T value)
    {
        if (!d.TryGetValue(key, out var list)) d[key] = list = new List<T>(1);
        if (!list.Contains(value)) list.Add(value);
    }
}
