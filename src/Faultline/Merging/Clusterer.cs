namespace Faultline.Merging;

/// <summary>
/// Groups reports into events: a pure function of the set of reports and the user's decisions, so the result does
/// not depend on the order reports arrived in.
///
/// It is agglomerative clustering run the same way every time (Kruskal's order):
/// 1. every report starts alone; user "merge" decisions join their reports first;
/// 2. every matching pair (<see cref="MatchScorer"/>) is an edge; edges are taken strongest first, ties broken by
///    the two report keys in order;
/// 3. an edge joins its two groups unless some report of one and some report of the other cannot be one event: the
///    scorer vetoes the pair (different days, places, localities ...) or a user "split" decision names them.
/// Step 3 keeps chains apart: a report that names no village cannot glue together reports of two villages.
/// The groups are subsets of the connected components of the match graph (plus merge decisions), so a store only
/// needs to cluster again the component a new report joins.
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

        int n = sorted.Count;
        var apart = new bool[n, n];
        var merges = new List<(int, int)>();
        foreach (var d in decisions)
        {
            if (!index.TryGetValue(d.A, out int i) || !index.TryGetValue(d.B, out int j)) continue;
            if (d.Kind == DecisionKind.Merge) merges.Add((i, j));
            else apart[i, j] = apart[j, i] = true;
        }

        var edges = new List<(double Points, int A, int B)>();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                var s = scorer.Score(sorted[i], sorted[j]);
                if (s.IsVeto) apart[i, j] = apart[j, i] = true;
                else if (s.Points >= MatchScorer.Threshold) edges.Add((s.Points, i, j));
            }
        // The user's merges win over the scorer's vetoes, not over the user's own splits (merging removes those).
        foreach (var (i, j) in merges) sets.Union(i, j);
        edges.Sort((p, q) => p.Points != q.Points ? q.Points.CompareTo(p.Points) : p.A != q.A ? p.A.CompareTo(q.A) : p.B.CompareTo(q.B));

        var members = new Dictionary<int, List<int>>();
        for (int i = 0; i < n; i++)
        {
            int r = sets.Find(i);
            if (!members.TryGetValue(r, out var l)) members[r] = l = [];
            l.Add(i);
        }
        foreach (var (_, i, j) in edges)
        {
            int ri = sets.Find(i), rj = sets.Find(j);
            if (ri == rj) continue;
            var a = members[ri];
            var b = members[rj];
            if (a.Any(x => b.Any(y => apart[x, y]))) continue;
            sets.Union(ri, rj);
            int root = sets.Find(ri);
            var joined = new List<int>(a.Count + b.Count);
            joined.AddRange(a);
            joined.AddRange(b);
            members.Remove(ri);
            members.Remove(rj);
            members[root] = joined;
        }

        return Enumerable.Range(0, n)
            .GroupBy(sets.Find)
            .Select(g => g.Select(i => sorted[i]).ToList())
            .OrderBy(g => g[0].Key)
            .ToList();
    }

    private sealed class DisjointSets
    {
        private readonly int[] _parent;
        public DisjointSets(int n) { _parent = new int[n]; for (int i = 0; i < n; i++) _parent[i] = i; }
        public int Find(int i) { while (_parent[i] != i) { _parent[i] = _parent[_parent[i]]; i = _parent[i]; } return i; }
        public void Union(int i, int j) { i = Find(i); j = Find(j); if (i != j) _parent[Math.Max(i, j)] = Math.Min(i, j); }
    }
}
