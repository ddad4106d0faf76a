namespace Faultline.Text;

/// <summary>
/// Tells, in one pass over a text, which of many <see cref="RequiredLiterals"/> sets may occur in it: the same answer
/// as asking each set's <see cref="RequiredLiterals.MayOccurIn"/>, without one vectorised search per set. An
/// Aho-Corasick automaton over every literal of every set, compared ignoring ASCII case like the sets themselves; a
/// text holding one of the characters a case-insensitive regex folds onto ASCII letters answers "may occur" for
/// every set, as <see cref="RequiredLiterals"/> does.
/// </summary>
public sealed class LiteralSetScanner
{
    private readonly int _stride;            // symbols per state: 0 is "no literal has this character"
    private readonly byte[] _symbolOf = new byte[128];
    private readonly int[] _next;            // the automaton with failure links folded in: state * stride + symbol
    private readonly int[] _output;          // per state, index into _masks of the sets ending there, or -1
    private readonly ulong[][] _masks;
    private readonly ulong[] _always;        // sets without literals (null): they may always occur

    public int Count { get; }

    public LiteralSetScanner(IReadOnlyList<RequiredLiterals?> sets)
    {
        Count = sets.Count;
        int words = (Count + 63) / 64;
        _always = new ulong[words];
        // Alphabet: the ASCII characters literals use, lower case (upper-case text folds onto them).
        int symbols = 1;
        foreach (var set in sets)
            foreach (var literal in set?.Values ?? [])
                foreach (char c in literal)
                    if (_symbolOf[c] == 0) _symbolOf[c] = checked((byte)symbols++);
        for (char c = 'A'; c <= 'Z'; c++) _symbolOf[c] = _symbolOf[char.ToLowerInvariant(c)];
        _stride = symbols;

        // The trie of every literal, each end marked with the sets it belongs to.
        var children = new List<int[]> { NewRow() };
        var ends = new List<ulong[]?> { null };
        for (int id = 0; id < sets.Count; id++)
        {
            if (sets[id] is not { } set) { _always[id >> 6] |= 1UL << id; continue; }
            foreach (var literal in set.Values)
            {
                int state = 0;
                foreach (char c in literal)
                {
                    int s = _symbolOf[c];
                    if (children[state][s] == 0)
                    {
                        children[state][s] = children.Count;
                        children.Add(NewRow());
                        ends.Add(null);
                    }
                    state = children[state][s];
                }
                (ends[state] ??= new ulong[words])[id >> 6] |= 1UL << id;
            }
        }

        // Breadth-first: failure links, outputs inherited along them, and missing moves taken from the failure state.
        int states = children.Count;
        _next = new int[states * _stride];
        var fail = new int[states];
        var queue = new Queue<int>();
        for (int s = 1; s < _stride; s++)
            if (children[0][s] is var child and > 0) { _next[s] = child; queue.Enqueue(child); }
        while (queue.Count > 0)
        {
            int state = queue.Dequeue();
            if (ends[fail[state]] is { } inherited)
            {
                var own = ends[state] ??= new ulong[words];
                for (int w = 0; w < words; w++) own[w] |= inherited[w];
            }
            for (int s = 1; s < _stride; s++)
            {
                int child = children[state][s];
                if (child > 0)
                {
                    fail[child] = _next[fail[state] * _stride + s];
                    _next[state * _stride + s] = child;
                    queue.Enqueue(child);
                }
                else _next[state * _stride + s] = _next[fail[state] * _stride + s];
            }
        }
        _output = new int[states];
        var masks = new List<ulong[]>();
        for (int s = 0; s < states; s++)
        {
            _output[s] = ends[s] is null ? -1 : masks.Count;
            if (ends[s] is { } m) masks.Add(m);
        }
        _masks = [.. masks];

        int[] NewRow() => new int[_stride];
    }

    /// <summary>A bit set sized for this scanner, to pass to <see cref="Scan"/> (reusable).</summary>
    public ulong[] NewHits() => new ulong[_always.Length];

    /// <summary>Sets bit i of <paramref name="hits"/> when set i may occur in <paramref name="text"/> (clears the rest).</summary>
    public void Scan(ReadOnlySpan<char> text, ulong[] hits)
    {
        _always.CopyTo(hits, 0);
        int state = 0;
        foreach (char c in text)
        {
            int symbol;
            if (c < 128) symbol = _symbolOf[c];
            else if (RequiredLiterals.CaseOddities.Contains(c)) { Array.Fill(hits, ulong.MaxValue); return; }
            else symbol = 0;
            state = _next[state * _stride + symbol];
            if (_output[state] is var o and >= 0)
            {
                var mask = _masks[o];
                for (int w = 0; w < mask.Length; w++) hits[w] |= mask[w];
            }
        }
    }

    public static bool Has(ulong[] hits, int id) => (hits[id >> 6] & (1UL << id)) != 0;
}
