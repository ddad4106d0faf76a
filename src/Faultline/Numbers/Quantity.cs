namespace Faultline.Numbers;

/// <summary>
/// A count as a careful coder reads it: <see cref="Best"/> is the conservative figure ACLED would code,
/// <see cref="Low"/> and <see cref="High"/> bound it (High is null when open-ended, as in "at least 30").
/// </summary>
public readonly record struct Quantity(int Low, int Best, int? High, Hedge Hedge = Hedge.Exact)
{
    public static Quantity Exactly(int n) => new(n, n, n);
    public static readonly Quantity Zero = Exactly(0);

    public Quantity Plus(Quantity other) =>
        new(Low + other.Low, Best + other.Best, High is { } h && other.High is { } oh ? h + oh : null, Hedge == other.Hedge ? Hedge : Hedge.Mixed);

    public override string ToString() => Low == Best && High == Best ? $"{Best}" : $"{Best} ({Low}-{(High?.ToString() ?? "?")})";
}

/// <summary>How a count was qualified in the text.</summary>
public enum Hedge { Exact, AtLeast, MoreThan, Nearly, UpTo, About, Range, Vague, Mixed }
