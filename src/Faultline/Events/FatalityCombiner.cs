using Faultline.Numbers;

namespace Faultline.Events;

/// <summary>
/// Combines the death counts a report gives for one event: a later update ("the toll rose to 30") wins; figures
/// that agree narrow to their common reading ("nearly five" and "3 + 2" give 5); figures that disagree are kept as
/// a range whose best value is the conservative (lowest) one, as the CODEBOOK asks.
/// </summary>
public static class FatalityCombiner
{
    public static Quantity Combine(IReadOnlyList<FatalityMention> counts)
    {
        if (counts.Count == 0) return Quantity.Zero;
        var updates = counts.Where(c => c.IsUpdate).ToList();
        if (updates.Count > 0) return updates[^1].Count;
        // "3 other civilians died", "a child was also killed": added to the toll the others agree on.
        var told = counts.Where(c => !c.IsAddition).ToList();
        var q = told.Count > 0 ? told[0].Count : Quantity.Zero;
        for (int i = 1; i < told.Count; i++) q = Reconcile(q, told[i].Count);
        foreach (var more in counts.Where(c => c.IsAddition)) q = q.Plus(more.Count);
        return q;
    }

    public static Quantity Reconcile(Quantity a, Quantity b)
    {
        int low = Math.Max(a.Low, b.Low);
        int? high = Min(a.High, b.High);
        if (high is null || low <= high)
        {
            // Compatible readings: the best figure is the one both allow, nearest the stated ones.
            int best = Math.Clamp(Math.Max(a.Best, b.Best), low, high ?? int.MaxValue);
            if (a.Hedge == Hedge.Exact && b.Hedge != Hedge.Exact) best = Math.Clamp(a.Best, low, high ?? int.MaxValue);
            else if (b.Hedge == Hedge.Exact && a.Hedge != Hedge.Exact) best = Math.Clamp(b.Best, low, high ?? int.MaxValue);
            return new Quantity(Math.Min(low, best), best, high, a.Hedge == b.Hedge ? a.Hedge : Hedge.Mixed);
        }
        int conservative = Math.Min(a.Best, b.Best);
        return new Quantity(Math.Min(a.Low, b.Low), conservative, Max(a.High, b.High), Hedge.Mixed);
    }

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
    private static int? Max(int? a, int? b) => a is null || b is null ? null : Math.Max(a.Value, b.Value);
}
