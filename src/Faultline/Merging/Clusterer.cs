namespace Faultline.Merging;

/// <summary>
/// Groups reports into events: a pure function of the set of reports and the user's decisions, so the result does
/// not depend on the order reports arrived in.
///
/// It is single-linkage clustering with constraints, run the same way every time (Kruskal's order):
/// 1. every report starts alone; user "merge" decisions join their reports first;
/// 2. every matching pair (<see cref="MatchScorer"/>) is an edge; edges are taken strongest first, ties broken by
///    the two report keys in order;
/// 3. an edge joins its two groups unless a user "split" decision names a report of each.
/// Without split decisions the events are exactly the connected components of the match graph.
/// </summary>
public sealed class Clusterer(MatchScorer scorer)
{
    public static Clusterer Default { get; } = new(MatchScorer.Default);

    /// <summary>The groups of reports, each sorted by key, groups ordered by their first key.</summary>
    public List<List<Report>> Cluster(IReadOnlyList<Report> reports, IReadOnlyCollection<UserDecision> decisions)
    {
        var sorted = reports.DistinctBy(r => r.Key).OrderBy(r => r.Key).ToList();
        var index = new Dictionary<ReportKey, int>();
        for (int i = 0; i < sorted.Count; i++) index[sorted[i].Key] = i;
        var sets = new DisjointSets(sorted.Count);

        var apart = new HashSet<(int, int)>();
        foreach (var d in decisions)
        {
            if (!index.TryGetValue(d.A, out int i) || !index.TryGetValue(d.B, out int j)) continue;
            if (d.Kind == DecisionKind.Merge) sets.Union(i, j);
            else { apart.Add((i, j)); apart.Add((j, i)); }
        }

        var edges = new List<(double Points, int A, int B)>();
        for (int i = 0; i < sorted.Count; i++)
            for (int j = i + 1; j < sorted.Count; j++)
                if (scorer.Score(sorted[i], sorted[j]) is { IsVeto: false } s && s.Points >= MatchScorer.Threshold)
                    edges.Add((s.Points, i, j));
        edges.Sort((p, q) => p.Points != q.Points ? q.Points.CompareTo(p.Points) : p.A != q.A ? p.A.CompareTo(q.A) : p.B.CompareTo(q.B));

        foreach (var (_, i, j) in edges)
        {
            int ri = sets.Find(i), rj = sets.Find(j);
            if (ri == rj) continue;
            if (apart.Count > 0 && KeptApart(sets, ri, rj, apart, sorted.Count)) continue;
            sets.Union(ri, rj);
        }

        return Enumerable.Range(0, sorted.Count)
            .GroupBy(sets.Find)
            .Select(g => g.Select(i => sorted[i]).ToList())
            .OrderBy(g => g[0].Key)
            .ToList();
    }

    private static bool KeptApart(DisjointSets sets, int ri, int rj, HashSet<(int, int)> apart, int n)
    {
        foreach (var (i, j) in apart)
            if (sets.Find(i) == ri && sets.Find(j) == rj) return true;
        return false;
    }

    private sealed class DisjointSets
    {
        private readonly int[] _parent;
        public DisjointSets(int n) { _parent = new int[n]; for (int i = 0; i < n; i++) _parent[i] = i; }
        public int Find(int i) { while (_parent[i] != i) { _parent[i] = _parent[_parent[i]]; i = _parent[i]; } return i; }
        public void Union(int i, int j) { i = Find(i); j = Find(j); if (i != j) _parent[Math.Max(i, j)] = Math.Min(i, j); }
    }
}
