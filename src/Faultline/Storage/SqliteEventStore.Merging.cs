using System.Globalization;
using System.Text.Json;
using Faultline.Events;
using Faultline.Merging;
using Microsoft.Data.Sqlite;

namespace Faultline.Storage;

/// <summary>
/// Merging in the store (issue #8). Each new report is matched against the stored reports of the same country whose
/// window of days is within a day of its own (one indexed range query on events(iso3, day_first)); when it matches
/// none it becomes its own merged event. When it matches, the merged events it touches (and any held apart from them by
/// a user's split) are clustered again from their reports with <see cref="Clusterer"/> and rewritten. Because the
/// clusterer is a pure function of the reports and decisions, and it is re-run over the whole group a new report can
/// affect, the store holds the same events whatever order the documents were ingested in.
/// </summary>
public sealed partial class SqliteEventStore
{
    private readonly ActorIdentity _identities;
    private readonly Clusterer _clusterer = Clusterer.Default;
    private readonly MatchScorer _scorer = MatchScorer.Default;

    /// <summary>
    /// Reports as matching sees them, by store id, so the blocking query only returns ids: filled as reports are
    /// stored or read, emptied past <see cref="ReportCacheSize"/> (a store of millions of events never sits in memory).
    /// </summary>
    private readonly Dictionary<long, Report> _reportCache = [];
    private const int ReportCacheSize = 200_000;

    internal static readonly JsonSerializerOptions DisagreementJson = new(JsonSerializerDefaults.Web);

    /// <summary>Reports without a merged event (a store upgraded from schema 1) are merged now, in one transaction.</summary>
    private void MergePending()
    {
        if (Scalar(_db, "SELECT 1 FROM events WHERE merged_id IS NULL LIMIT 1") is null) return;
        using var tx = _db.BeginTransaction();
        var pending = new List<(long Id, CodedEvent Event)>();
        using (var cmd = Cached(tx, "SELECT * FROM events WHERE merged_id IS NULL ORDER BY id"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) pending.Add((r.GetInt64(r.GetOrdinal("id")), ReadEvent(r)));
        for (int i = 0; i < pending.Count; i++) pending[i] = (pending[i].Id, pending[i].Event with { Evidence = EvidenceOf(pending[i].Id) });
        foreach (var (id, e) in pending)
        {
            var window = DateWindow.Of(e);
            var up = Cached(tx, "UPDATE events SET day_first = $a, day_last = $b WHERE id = $id");
            up.Parameters.AddWithValue("$a", (object?)window?.First ?? DBNull.Value);
            up.Parameters.AddWithValue("$b", (object?)window?.Last ?? DBNull.Value);
            up.Parameters.AddWithValue("$id", id);
            up.ExecuteNonQuery();
        }
        foreach (var (id, e) in pending) Place(tx, id, e);
        tx.Commit();
    }

    /// <summary>
    /// Gives a newly stored report its merged event; true when it joined other reports. The report's component is
    /// its own, or the union of the components of every stored report it matches, which is then clustered again.
    /// </summary>
    private bool Place(SqliteTransaction tx, long id, CodedEvent e)
    {
        var report = Report.Of(e, _identities, id);
        Remember(report);
        var components = new SortedSet<long>();
        if (report.Window is { } w && e.Iso3 is not null)
            foreach (var (candidate, component) in Candidates(tx, e, w))
                if (!components.Contains(component) && _scorer.Matches(report, candidate)) components.Add(component);
        if (components.Count == 0)
        {
            InsertSingleton(tx, id, component: id);
            return false;
        }
        long into = components.Min;
        SetComponent(tx, id, into);
        foreach (long c in components.Where(c => c != into))
        {
            var cmd = Cached(tx, "UPDATE events SET component_id = $into WHERE component_id = $c");
            cmd.Parameters.AddWithValue("$into", into);
            cmd.Parameters.AddWithValue("$c", c);
            cmd.ExecuteNonQuery();
        }
        Recluster(tx, into);
        return true;
    }

    private void SetComponent(SqliteTransaction tx, long reportId, long component)
    {
        var cmd = Cached(tx, "UPDATE events SET component_id = $c WHERE id = $id");
        cmd.Parameters.AddWithValue("$c", component);
        cmd.Parameters.AddWithValue("$id", reportId);
        cmd.ExecuteNonQuery();
    }

    /// <summary>
    /// Placed reports of the country whose windows come within a day of this window (the blocking query), with their
    /// component; only those the scorer could match: a compatible event type, and the same admin1 (or either unknown)
    /// or coordinates within about 11 km.
    /// </summary>
    private List<(Report Report, long MergedId)> Candidates(SqliteTransaction tx, CodedEvent e, DateWindow w)
    {
        string iso3 = e.Iso3!;
        const string Matchable = """
            component_id IS NOT NULL AND event_type IN ($t0, $t1, $t2, $t3)
            AND (event_type <> 'Strategic developments' OR sub_event_type = $sub)
            AND (admin1 = $a1 OR admin1 IS NULL OR $a1 IS NULL
                 OR (latitude BETWEEN $lat - 0.1 AND $lat + 0.1 AND longitude BETWEEN $lon - 0.15 AND $lon + 0.15))
            """;
        // Windows of up to a week start at most 8 days before this one; wider ones (months) come from their partial index.
        var cmd = Cached(tx, $"""
            SELECT id, component_id FROM events INDEXED BY events_block
            WHERE iso3 = $c AND day_first BETWEEN $near AND $hi AND day_last >= $from AND {Matchable}
            UNION ALL
            SELECT id, component_id FROM events INDEXED BY events_block_wide
            WHERE iso3 = $c AND day_last - day_first > 7 AND day_first BETWEEN $lo AND $near - 1 AND day_last >= $from AND {Matchable}
            """);
        var types = TypeCompatibility.TypesMatching(e.EventType);
        for (int i = 0; i < 4; i++) cmd.Parameters.AddWithValue("$t" + i, types[Math.Min(i, types.Count - 1)]);
        cmd.Parameters.AddWithValue("$sub", e.SubEventType);
        cmd.Parameters.AddWithValue("$a1", (object?)e.Admin1 ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$lat", (object?)e.Latitude ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$lon", (object?)e.Longitude ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$c", iso3);
        cmd.Parameters.AddWithValue("$near", w.First - 1 - 7);
        cmd.Parameters.AddWithValue("$lo", w.First - 1 - DateWindow.MaxWidth);
        cmd.Parameters.AddWithValue("$hi", w.Last + 1);
        cmd.Parameters.AddWithValue("$from", w.First - 1);
        var found = new List<(long Id, long Component)>();
        using (var r = cmd.ExecuteReader())
            while (r.Read()) found.Add((r.GetInt64(0), r.GetInt64(1)));
        var list = new List<(Report, long)>(found.Count);
        foreach (var (id, component) in found) list.Add((ReportById(tx, id), component));
        return list;
    }

    private void Remember(Report r)
    {
        if (_reportCache.Count >= ReportCacheSize) _reportCache.Clear();
        _reportCache[r.StoreId] = r;
    }

    /// <summary>A stored report as matching sees it: from the cache, else read (its window as stored).</summary>
    private Report ReportById(SqliteTransaction tx, long id)
    {
        if (_reportCache.TryGetValue(id, out var cached)) return cached;
        var cmd = Cached(tx, "SELECT * FROM events WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        r.Read();
        int first = r.GetOrdinal("day_first"), last = r.GetOrdinal("day_last");
        var report = Report.Of(ReadEvent(r), _identities, id, r.IsDBNull(first) ? null : new DateWindow(r.GetInt32(first), r.GetInt32(last)));
        Remember(report);
        return report;
    }

    private void InsertSingleton(SqliteTransaction tx, long reportId, long? mergedId = null, long? component = null)
    {
        var cmd = Cached(tx, $"""
            INSERT INTO merged_events(id, {MergedColumns}, n_reports, disagreements)
            SELECT $m, {MergedColumns}, 1, NULL FROM events WHERE id = $id
            RETURNING id
            """);
        cmd.Parameters.AddWithValue("$m", (object?)mergedId ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$id", reportId);
        long id = (long)cmd.ExecuteScalar()!;
        var up = Cached(tx, "UPDATE events SET merged_id = $m, component_id = coalesce($c, component_id) WHERE id = $id");
        up.Parameters.AddWithValue("$m", id);
        up.Parameters.AddWithValue("$c", (object?)component ?? DBNull.Value);
        up.Parameters.AddWithValue("$id", reportId);
        up.ExecuteNonQuery();
    }

    private const string MergedColumns = """
        doc_id, event_index, role, event_date, time_precision, date_conflict, event_type, sub_event_type,
        actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting,
        country, iso3, admin1, admin2, admin3, location, latitude, longitude, geo_precision,
        fatalities, fatalities_low, fatalities_high, fatalities_by_side, source, notes, confidence
        """;

    /// <summary>
    /// Clusters again every report of a component with the user's decisions among them, and rewrites the merged
    /// events whose membership changed. A new event keeps the smallest old id among its reports' events.
    /// </summary>
    private void Recluster(SqliteTransaction tx, long component)
    {
        var members = Members(tx, component);
        var reports = members.Select(m => Report.Of(m.Event, _identities, m.Id, m.Window) with { HarmFields = m.Harm }).ToList();
        var oldId = new Dictionary<long, long?>();
        foreach (var m in members) oldId[m.Id] = m.MergedId;
        var clusters = _clusterer.Cluster(reports, DecisionsIn(tx, component));

        var oldMembers = members.Where(m => m.MergedId is not null).GroupBy(m => m.MergedId!.Value)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Id).Order().ToList());
        var unchanged = new HashSet<long>();
        foreach (var cluster in clusters)
            if (oldId[cluster[0].StoreId] is { } o && oldMembers[o].SequenceEqual(cluster.Select(r => r.StoreId).Order()))
                unchanged.Add(o);
        foreach (long m in oldMembers.Keys.Where(k => !unchanged.Contains(k)))
        {
            var detach = Cached(tx, "UPDATE events SET merged_id = NULL WHERE merged_id = $m");
            detach.Parameters.AddWithValue("$m", m);
            detach.ExecuteNonQuery();
            var del = Cached(tx, "DELETE FROM merged_events WHERE id = $m");
            del.Parameters.AddWithValue("$m", m);
            del.ExecuteNonQuery();
        }
        var reused = new HashSet<long>(unchanged);
        foreach (var cluster in clusters)
        {
            if (oldId[cluster[0].StoreId] is { } o0 && unchanged.Contains(o0)) continue;
            long? keep = cluster.Select(r => oldId[r.StoreId]).Where(o => o is not null && !reused.Contains(o.Value)).Min();
            if (keep is { } k) reused.Add(k);
            if (cluster.Count == 1) { InsertSingleton(tx, cluster[0].StoreId, keep); continue; }
            long id = InsertMerged(tx, Reconciler.Merge(cluster), keep);
            foreach (var r in cluster)
            {
                var up = Cached(tx, "UPDATE events SET merged_id = $m WHERE id = $id");
                up.Parameters.AddWithValue("$m", id);
                up.Parameters.AddWithValue("$id", r.StoreId);
                up.ExecuteNonQuery();
            }
        }
    }

    private List<(long Id, CodedEvent Event, IReadOnlySet<string> Harm, long? MergedId, DateWindow? Window)> Members(SqliteTransaction tx, long component)
    {
        var cmd = Cached(tx, MembersSql);
        cmd.Parameters.AddWithValue("$c", component);
        var list = new List<(long, CodedEvent, IReadOnlySet<string>, long?, DateWindow?)>();
        using var r = cmd.ExecuteReader();
        int harm = r.GetOrdinal("harm"), merged = r.GetOrdinal("merged_id"), idCol = r.GetOrdinal("id");
        int first = r.GetOrdinal("day_first"), last = r.GetOrdinal("day_last");
        while (r.Read())
            list.Add((r.GetInt64(idCol), ReadEvent(r), r.IsDBNull(harm) ? NoHarmFields : r.GetString(harm).Split(',').ToHashSet(StringComparer.Ordinal),
                r.IsDBNull(merged) ? null : r.GetInt64(merged), r.IsDBNull(first) ? null : new DateWindow(r.GetInt32(first), r.GetInt32(last))));
        return list;
    }

    private static readonly IReadOnlySet<string> NoHarmFields = new HashSet<string>();

    /// <summary>A component's reports, each with the fields of its evidence that tell of harm (<see cref="Casualties"/>).</summary>
    private static readonly string MembersSql = $"""
        SELECT e.*, (SELECT group_concat(DISTINCT v.field) FROM evidence v WHERE v.event_id = e.id
                     AND v.field IN ({string.Join(", ", Casualties.Fields.Select(f => $"'{f}'"))})) AS harm
        FROM events e WHERE e.component_id = $c
        """;

    /// <summary>User decisions between two reports of the component.</summary>
    private List<UserDecision> DecisionsIn(SqliteTransaction tx, long component)
    {
        var cmd = Cached(tx, """
            SELECT d.kind, d.a_doc, d.a_index, d.b_doc, d.b_index
            FROM merge_decisions d
            JOIN events ea ON ea.doc_id = d.a_doc AND ea.event_index = d.a_index
            JOIN events eb ON eb.doc_id = d.b_doc AND eb.event_index = d.b_index
            WHERE ea.component_id = $c AND eb.component_id = $c
            """);
        cmd.Parameters.AddWithValue("$c", component);
        var list = new List<UserDecision>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new UserDecision(r.GetString(0) == "merge" ? DecisionKind.Merge : DecisionKind.Split,
                new ReportKey(r.GetString(1), r.GetInt32(2)), new ReportKey(r.GetString(3), r.GetInt32(4))));
        return list;
    }

    /// <summary>The component and the report keys of a merged event.</summary>
    private (long Component, List<ReportKey> Reports) EventReports(SqliteTransaction tx, long mergedId)
    {
        var cmd = Cached(tx, "SELECT component_id, doc_id, event_index FROM events WHERE merged_id = $m ORDER BY doc_id, event_index");
        cmd.Parameters.AddWithValue("$m", mergedId);
        long component = 0;
        var keys = new List<ReportKey>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) { component = r.GetInt64(0); keys.Add(new ReportKey(r.GetString(1), r.GetInt32(2))); }
        keys.Sort();
        if (keys.Count == 0) throw new KeyNotFoundException($"no event {mergedId}");
        return (component, keys);
    }

    private long InsertMerged(SqliteTransaction tx, MergedEvent m, long? id)
    {
        var e = m.Event;
        var cmd = Cached(tx, $"""
            INSERT INTO merged_events(id, {MergedColumns}, n_reports, disagreements)
            VALUES ($id, $doc, $idx, $role, $date, $tp, $conflict, $type, $sub, $a1, $as1, $i1, $a2, $as2, $i2, $inter, $civ,
                $country, $iso3, $adm1, $adm2, $adm3, $loc, $lat, $lon, $gp, $fat, $fatlo, $fathi, $sides, $src, $notes, $conf, $n, $dis)
            RETURNING id
            """);
        var p = cmd.Parameters;
        p.AddWithValue("$id", N(id));
        BindEventFields(p, e);
        p.AddWithValue("$n", m.Members.Count);
        p.AddWithValue("$dis", m.Disagreements.Count == 0 ? DBNull.Value : JsonSerializer.Serialize(m.Disagreements, DisagreementJson));
        return (long)cmd.ExecuteScalar()!;
    }

    /// <summary>
    /// Splits a merged event: the reports of the named documents (or "doc#index" reports) leave it as one event of
    /// their own; with none named, every report becomes its own event. The decision is stored and honoured by every
    /// later ingest. Returns the ids of the events the reports now belong to.
    /// </summary>
    public IReadOnlyList<long> Split(long eventId, IReadOnlyCollection<string>? reports = null)
    {
        using var tx = _db.BeginTransaction();
        var (component, members) = EventReports(tx, eventId);
        List<List<ReportKey>> pieces;
        if (reports is null || reports.Count == 0) pieces = members.Select(k => new List<ReportKey> { k }).ToList();
        else
        {
            var named = reports.Select(ReportKey.Parse).ToList();
            var leaving = members.Where(k => named.Any(n => n.DocId == k.DocId && (n.Index < 0 || n.Index == k.Index))).ToList();
            if (leaving.Count == 0) throw new ArgumentException($"event {eventId} has no report from {string.Join(", ", reports)}");
            if (leaving.Count == members.Count) throw new ArgumentException($"every report of event {eventId} would leave it: name fewer");
            pieces = [leaving, members.Except(leaving).ToList()];
        }
        if (pieces.Count < 2) throw new ArgumentException($"event {eventId} has only one report");
        for (int i = 0; i < pieces.Count; i++)
            for (int j = i + 1; j < pieces.Count; j++)
                foreach (var a in pieces[i]) foreach (var b in pieces[j]) Decide(tx, UserDecision.Of(DecisionKind.Split, a, b));
        Recluster(tx, component);
        var after = MergedIdsOf(tx, members);
        tx.Commit();
        return after;
    }

    /// <summary>Merges two events into one whatever the matching rules say; the decision is stored and honoured later.</summary>
    public long Merge(long eventId, long otherId)
    {
        if (eventId == otherId) throw new ArgumentException("an event cannot be merged with itself");
        using var tx = _db.BeginTransaction();
        var (ca, a) = EventReports(tx, eventId);
        var (cb, b) = EventReports(tx, otherId);
        foreach (var x in a) foreach (var y in b) Forget(tx, UserDecision.Of(DecisionKind.Split, x, y));
        Decide(tx, UserDecision.Of(DecisionKind.Merge, a[0], b[0]));
        long into = Math.Min(ca, cb);
        var join = Cached(tx, "UPDATE events SET component_id = $into WHERE component_id = $c");
        join.Parameters.AddWithValue("$into", into);
        join.Parameters.AddWithValue("$c", Math.Max(ca, cb));
        join.ExecuteNonQuery();
        Recluster(tx, into);
        long merged = MergedIdsOf(tx, [a[0]])[0];
        tx.Commit();
        return merged;
    }

    private void Decide(SqliteTransaction tx, UserDecision d)
    {
        Forget(tx, d with { Kind = d.Kind == DecisionKind.Split ? DecisionKind.Merge : DecisionKind.Split });
        var cmd = Cached(tx, """
            INSERT INTO merge_decisions(kind, a_doc, a_index, b_doc, b_index, decided_at) VALUES ($k, $ad, $ai, $bd, $bi, $t)
            ON CONFLICT(a_doc, a_index, b_doc, b_index) DO UPDATE SET kind = excluded.kind, decided_at = excluded.decided_at
            """);
        cmd.Parameters.AddWithValue("$k", d.Kind == DecisionKind.Merge ? "merge" : "split");
        cmd.Parameters.AddWithValue("$ad", d.A.DocId); cmd.Parameters.AddWithValue("$ai", d.A.Index);
        cmd.Parameters.AddWithValue("$bd", d.B.DocId); cmd.Parameters.AddWithValue("$bi", d.B.Index);
        cmd.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        cmd.ExecuteNonQuery();
    }

    private void Forget(SqliteTransaction tx, UserDecision d)
    {
        var cmd = Cached(tx, "DELETE FROM merge_decisions WHERE kind = $k AND a_doc = $ad AND a_index = $ai AND b_doc = $bd AND b_index = $bi");
        cmd.Parameters.AddWithValue("$k", d.Kind == DecisionKind.Merge ? "merge" : "split");
        cmd.Parameters.AddWithValue("$ad", d.A.DocId); cmd.Parameters.AddWithValue("$ai", d.A.Index);
        cmd.Parameters.AddWithValue("$bd", d.B.DocId); cmd.Parameters.AddWithValue("$bi", d.B.Index);
        cmd.ExecuteNonQuery();
    }

    private List<long> MergedIdsOf(SqliteTransaction tx, IEnumerable<ReportKey> keys)
    {
        var ids = new SortedSet<long>();
        foreach (var k in keys)
        {
            var cmd = Cached(tx, "SELECT merged_id FROM events WHERE doc_id = $d AND event_index = $i");
            cmd.Parameters.AddWithValue("$d", k.DocId);
            cmd.Parameters.AddWithValue("$i", k.Index);
            if (cmd.ExecuteScalar() is long m) ids.Add(m);
        }
        return ids.ToList();
    }

    /// <summary>Every merged event as the sorted list of its reports' keys (for checks that compare two stores).</summary>
    public List<List<ReportKey>> Clusters()
    {
        var byEvent = new Dictionary<long, List<ReportKey>>();
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT merged_id, doc_id, event_index FROM events";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            long m = r.GetInt64(0);
            if (!byEvent.TryGetValue(m, out var list)) byEvent[m] = list = [];
            list.Add(new ReportKey(r.GetString(1), r.GetInt32(2)));
        }
        return byEvent.Values.Select(l => l.Order().ToList()).OrderBy(l => l[0]).ToList();
    }
}
