using System.Buffers;
using System.Text;

namespace Faultline.Text;

/// <summary>
/// A set of literal strings one of which every match of a regular expression contains, read from the pattern
/// itself: a cheap pre-filter (one vectorised search) that tells when running the regex cannot find anything.
/// The reading is conservative: what it does not understand (lookarounds, classes, optional parts) it treats as
/// "anything", and a pattern it cannot read at all gets no filter (<see cref="Of"/> returns null). Comparison
/// ignores ASCII case, which is sound for case-sensitive and case-insensitive patterns alike.
/// </summary>
public sealed class RequiredLiterals
{
    private readonly SearchValues<string> _values;

    /// <summary>The literals, lower-cased (for tests and diagnostics).</summary>
    public IReadOnlyList<string> Values { get; }

    private RequiredLiterals(List<string> values)
    {
        Values = values;
        _values = SearchValues.Create(values.ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    // Characters a case-insensitive regex treats as variants of ASCII letters (Kelvin sign = k, long s = s,
    // dotted/dotless i) that an ordinal comparison would not: text holding one is always scanned.
    internal static readonly SearchValues<char> CaseOddities = SearchValues.Create("\u212A\u017F\u0130\u0131");

    /// <summary>False only when no match of the pattern can occur in <paramref name="text"/>.</summary>
    public bool MayOccurIn(ReadOnlySpan<char> text) => text.ContainsAny(_values) || text.ContainsAny(CaseOddities);

    /// <summary>The literals every match of <paramref name="pattern"/> contains, or null when none can be told.</summary>
    public static RequiredLiterals? Of(string pattern)
    {
        try
        {
            var parser = new Parser(pattern);
            var node = parser.ParseAlternation();
            if (parser.Position != pattern.Length) return null;
            var set = Required(node);
            if (set is null || set.Count == 0 || set.Any(s => s.Length == 0)) return null;
            return new RequiredLiterals(set.Distinct(StringComparer.Ordinal).ToList());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    // --- a small parser for the regex syntax the lexicons use ---

    private abstract record Node;
    private sealed record Literal(char Char) : Node;          // one ASCII character matched as itself
    private sealed record Opaque : Node;                      // consumes text we do not read (class, \w, ., \d)
    private sealed record ZeroWidth : Node;                   // \b, ^, $, lookarounds, inline options
    private sealed record Group(Node Inner) : Node;           // (...), (?:...), (?<name>...), (?i:...)
    private sealed record Repeat(Node Inner, int Min) : Node; // x*, x+, x?, x{n,m}
    private sealed record Sequence(List<Node> Items) : Node;
    private sealed record Alternation(List<Node> Branches) : Node;

    /// <summary>
    /// A set of strings one of which occurs in every match of the node; null when nothing can be said.
    /// </summary>
    private static List<string>? Required(Node node)
    {
        switch (node)
        {
            case Literal l: return [char.ToLowerInvariant(l.Char).ToString()];
            case Group g: return Required(g.Inner);
            case Repeat r: return r.Min >= 1 ? Required(r.Inner) : null;
            case Alternation a:
            {
                var all = new List<string>();
                foreach (var b in a.Branches)
                {
                    var req = Required(b);
                    if (req is null) return null;
                    all.AddRange(req);
                }
                return all;
            }
            case Sequence s:
            {
                // Every item of a sequence is in the match: the most selective item's set will do. Runs of literal
                // characters count as one string ("stri" in "a[ir]{1,3}stri(?:ke|k)").
                List<string>? best = null;
                var run = new StringBuilder();
                void Consider(List<string>? candidate)
                {
                    if (candidate is null || candidate.Count == 0) return;
                    if (best is null || Better(candidate, best)) best = candidate;
                }
                foreach (var item in s.Items)
                {
                    if (item is Literal l) { run.Append(char.ToLowerInvariant(l.Char)); continue; }
                    if (run.Length > 0) { Consider([run.ToString()]); run.Clear(); }
                    Consider(Required(item));
                }
                if (run.Length > 0) Consider([run.ToString()]);
                return best;
            }
            default: return null;
        }
    }

    /// <summary>Longer shortest string first (rarer), then fewer strings.</summary>
    private static bool Better(List<string> a, List<string> b)
    {
        int la = a.Min(x => x.Length), lb = b.Min(x => x.Length);
        if (la != lb) return la > lb;
        return a.Count < b.Count;
    }

    private sealed class Parser(string pattern)
    {
        public int Position;

        private bool AtEnd => Position >= pattern.Length;
        private char Peek => pattern[Position];

        public Node ParseAlternation()
        {
            var branches = new List<Node> { ParseSequence() };
            while (!AtEnd && Peek == '|')
            {
                Position++;
                branches.Add(ParseSequence());
            }
            return branches.Count == 1 ? branches[0] : new Alternation(branches);
        }

        private Node ParseSequence()
        {
            var items = new List<Node>();
            while (!AtEnd && Peek != '|' && Peek != ')')
            {
                var atom = ParseAtom();
                items.Add(ParseQuantifier(atom));
            }
            return new Sequence(items);
        }

        private Node ParseQuantifier(Node atom)
        {
            while (!AtEnd)
            {
                int min;
                char c = Peek;
                if (c == '*' || c == '?') { min = 0; Position++; }
                else if (c == '+') { min = 1; Position++; }
                else if (c == '{' && TryReadBraces(out int braceMin)) min = braceMin;
                else break;
                if (atom is ZeroWidth) throw new FormatException("quantified zero-width");
                if (!AtEnd && Peek == '?') Position++; // lazy
                atom = new Repeat(atom, min);
            }
            return atom;
        }

        private bool TryReadBraces(out int min)
        {
            // {n}, {n,}, {n,m}; anything else is a literal '{' in .NET syntax.
            min = 0;
            int p = Position + 1, start = p;
            while (p < pattern.Length && char.IsAsciiDigit(pattern[p])) p++;
            if (p == start) return false;
            int n = int.Parse(pattern.AsSpan(start, p - start), System.Globalization.CultureInfo.InvariantCulture);
            if (p < pattern.Length && pattern[p] == ',')
            {
                p++;
                while (p < pattern.Length && char.IsAsciiDigit(pattern[p])) p++;
            }
            if (p >= pattern.Length || pattern[p] != '}') return false;
            Position = p + 1;
            min = n;
            return true;
        }

        private Node ParseAtom()
        {
            char c = pattern[Position++];
            switch (c)
            {
                case '(':
                    return ParseGroup();
                case '[':
                    SkipClass();
                    return new Opaque();
                case '.':
                    return new Opaque();
                case '^':
                case '$':
                    return new ZeroWidth();
                case '\\':
                    return ParseEscape();
                case '*' or '+' or '?':
                    throw new FormatException("quantifier without atom");
                case '{':
                    // A '{' that does not open a quantifier is itself.
                    return new Literal(c);
                default:
                    if (c > 127 || char.IsWhiteSpace(c) && c != ' ') return new Opaque(); // only plain ASCII is compared
                    return new Literal(c);
            }
        }

        private Node ParseEscape()
        {
            if (AtEnd) throw new FormatException("trailing backslash");
            char e = pattern[Position++];
            switch (e)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return new ZeroWidth();
                case 'p' or 'P':
                    if (!AtEnd && Peek == '{')
                    {
                        int close = pattern.IndexOf('}', Position);
                        if (close < 0) throw new FormatException("bad \\p");
                        Position = close + 1;
                    }
                    return new Opaque();
                case 'k':
                    throw new FormatException("backreference");
                case 'x': Position += 2; return new Opaque();
                case 'u': Position += 4; return new Opaque();
                case 'c': Position += 1; return new Opaque();
                default:
                    if (char.IsAsciiDigit(e)) throw new FormatException("backreference");
                    // \w \s \d \W \S \D \t \n \r \e \f \v \a and anything else lettered: not read.
                    if (char.IsAsciiLetter(e)) return new Opaque();
                    if (e > 127) return new Opaque();
                    return new Literal(e); // an escaped punctuation mark is itself: \. \- \( \/
            }
        }

        private Node ParseGroup()
        {
            bool zeroWidth = false;
            if (!AtEnd && Peek == '?')
            {
                Position++;
                if (AtEnd) throw new FormatException("bad group");
                char k = Peek;
                if (k == ':') Position++;
                else if (k == '=' || k == '!') { Position++; zeroWidth = true; }
                else if (k == '<' && Position + 1 < pattern.Length && pattern[Position + 1] is '=' or '!') { Position += 2; zeroWidth = true; }
                else if (k == '<' || k == '\'')
                {
                    char close = k == '<' ? '>' : '\'';
                    int end = pattern.IndexOf(close, Position + 1);
                    if (end < 0) throw new FormatException("bad group name");
                    if (pattern.AsSpan(Position + 1, end - Position - 1).Contains('-')) throw new FormatException("balancing group");
                    Position = end + 1;
                }
                else if (k == '>') Position++; // atomic group: still in the match
                else if (k == '(' || k == '#') throw new FormatException("conditional or comment");
                else
                {
                    // Inline options: (?imnsx-imnsx) or (?imnsx-imnsx:...).
                    while (!AtEnd && (char.IsAsciiLetter(Peek) || Peek == '-')) Position++;
                    if (AtEnd) throw new FormatException("bad options");
                    if (Peek == ')') { Position++; throw new FormatException("inline options change the rest of the pattern"); }
                    if (Peek != ':') throw new FormatException("bad options");
                    Position++;
                }
            }
            var inner = ParseAlternation();
            if (AtEnd || Peek != ')') throw new FormatException("unclosed group");
            Position++;
            return zeroWidth ? new ZeroWidth() : new Group(inner);
        }

        private void SkipClass()
        {
            // [...] with escapes, a leading ']' or '^]', and subtraction [a-z-[aeiou]].
            int depth = 1;
            if (!AtEnd && Peek == '^') Position++;
            if (!AtEnd && Peek == ']') Position++;
            while (!AtEnd)
            {
                char c = pattern[Position++];
                if (c == '\\') { Position++; continue; }
                if (c == '[' && Position >= 2 && pattern[Position - 2] == '-') { depth++; continue; } // subtraction; else '[' is itself
                if (c == ']' && --depth == 0) return;
            }
            throw new FormatException("unclosed class");
        }
    }
}
