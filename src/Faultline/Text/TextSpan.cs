namespace Faultline.Text;

/// <summary>A half-open character range [Start, End) in a document's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;
    public string Of(string text) => text.Substring(Start, Length);
    /// <summary>The same characters as <see cref="Of"/>, read in place (no copy): for regex tests and comparisons.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
    public static TextSpan Cover(TextSpan a, TextSpan b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));
    public override string ToString() => $"[{Start},{End})";
}

/// <summary>Where a value was read: the document and the character span, so an analyst can see the words.</summary>
public sealed record Evidence(string Field, int Start, int End, string Text);
