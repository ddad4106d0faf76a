using System.Text.Json;
using Faultline.Merging;
using Faultline.Storage;
using Microsoft.Data.Sqlite;

namespace Faultline.Tests;

/// <summary>
/// Merging through the real CLI and real SQLite files (issue #8): our cluster set (tests/Faultline.Tests/data/clusters,
/// reports we wrote: same events told differently, and look-alikes that must stay apart), order independence,
/// re-ingest, split and merge decisions that stick, json detail, and the upgrade of a schema-1 store.
/// </summary>
public class MergeStoreTests
{
    private static string ClusterFile => Path.Combine(AppContext.BaseDirectory, "data", "clusters", "clusters.jsonl");

    private sealed record Gold(string Id, string Cluster, string? LookalikeOf);

    private static List<Gold> ReadGold() => File.ReadLines(ClusterFile).Where(l => l.Trim().Length > 0).Select(l =>
    {
        using var j = JsonDocument.Parse(l);
        var r = j.RootElement;
        return new Gold(r.GetProperty("id").GetString()!, r.GetProperty("cluster").GetString()!,
            r.TryGetProperty("lookalike_of", out var x) ? x.GetString() : null);
    }).ToList();

    private static HashSet<(string, string)> SameEventPairs(string db)
    {
        using var store = SqliteEventStore.Open(db);
        var pairs = new HashSet<(string, string)>();
        foreach (var c in store.Clusters())
        {
            var docs = c.Select(k => k.DocId).Distinct().Order(StringComparer.Ordinal).ToList();
            for (int i = 0; i < docs.Count; i++) for (int j = i + 1; j < docs.Count; j++) pairs.Add((docs[i], docs[j]));
        }
        return pairs;
    }

    [Fact]
    public void Cluster_set_merges_with_pairwise_F1_at_least_0_9_and_no_look_alike_merged_in_either_order()
    {
        var gold = ReadGold();
        Assert.True(gold.Select(g => g.Cluster).Distinct().Count(c => gold.Count(g => g.Cluster == c) >= 2) >= 30);
        var dir = CliRunner.TempDir();
        var db = Path.Combine(dir, "store.db");
        var r = CliRunner.Run("ingest", ClusterFile, "--db", db);
        Assert.Equal(0, r.ExitCode);

        var predicted = SameEventPairs(db);
        var clusterOf = gold.ToDictionary(g => g.Id, g => g.Cluster);
        int tp = predicted.Count(p => clusterOf[p.Item1] == clusterOf[p.Item2]);
        int fp = predicted.Count - tp;
        int goldPairs = gold.GroupBy(g => g.Cluster).Sum(g => g.Count() * (g.Count() - 1) / 2);
        double precision = tp / (double)Math.Max(1, tp + fp), recall = tp / (double)goldPairs;
        double f1 = 2 * precision * recall / (precision + recall);
        Assert.True(f1 >= 0.9, $"pairwise F1 {f1:0.000} (P {precision:0.000}, R {recall:0.000})");
        foreach (var g in gold.Where(g => g.LookalikeOf is not null))
            Assert.DoesNotContain(predicted, p => p.Item1 == g.Id && clusterOf[p.Item2] == g.LookalikeOf || p.Item2 == g.Id && clusterOf[p.Item1] == g.LookalikeOf);

        // The same reports in reverse order, one document per batch, give the same events.
        var reversed = Path.Combine(dir, "reversed.jsonl");
        File.WriteAllLines(reversed, File.ReadLines(ClusterFile).Where(l => l.Trim().Length > 0).Reverse());
        var db2 = Path.Combine(dir, "reversed.db");
        Assert.Equal(0, CliRunner.Run("ingest", reversed, "--db", db2, "--batch-size", "1").ExitCode);
        Assert.Equal(predicted.Order().ToList(), SameEventPairs(db2).Order().ToList());

        // Ingesting again adds nothing.
        long events;
        using (var store = SqliteEventStore.Open(db)) events = store.CountMergedEvents();
        var again = CliRunner.Run("ingest", ClusterFile, "--db", db);
        Assert.Contains($"0 new, {gold.Count} already known", again.Stdout);
        using (var store = SqliteEventStore.Open(db)) Assert.Equal(events, store.CountMergedEvents());
    }

    private static List<JsonElement> Events(string db)
    {
        var r = CliRunner.Run("events", "--db", db, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var j = JsonDocument.Parse(r.Stdout);
        return j.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static JsonElement EventOf(List<JsonElement> events, string doc) =>
        events.Single(e => e.GetProperty("reports").EnumerateArray().Any(r => r.GetProperty("doc_id").GetString() == doc));

    [Fact]
    public void Json_shows_reports_and_disagreements_and_split_and_merge_decisions_stick_on_later_ingest()
    {
        var dir = CliRunner.TempDir();
        var lines = File.ReadLines(ClusterFile).Where(l => l.Contains("\"cluster\": \"c01\"")).ToList();
        Assert.Equal(3, lines.Count);
        File.WriteAllLines(Path.Combine(dir, "first.jsonl"), lines.Take(2));
        File.WriteAllLines(Path.Combine(dir, "later.jsonl"), lines.Skip(2));
        var db = Path.Combine(dir, "store.db");
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(dir, "first.jsonl"), "--db", db).ExitCode);

        var merged = EventOf(Events(db), "c01-a");
        Assert.Equal(2, merged.GetProperty("reports").GetArrayLength());
        Assert.Contains(merged.GetProperty("reports").EnumerateArray(), r => r.GetProperty("evidence").GetArrayLength() > 0);
        // "two soldiers" in both: no disagreement on deaths; the csv keeps the contract columns, one row for the event.
        var csv = CliRunner.ParseCsv(CliRunner.Run("events", "--db", db, "--format", "acled-csv").Stdout);
        Assert.Equal(Faultline.Export.EventFields.AcledColumns, csv[0].Keys);
        Assert.Single(csv, row => row["event_type"] == merged.GetProperty("event_type").GetString() && row["location"] == merged.GetProperty("location").GetString());

        long id = merged.GetProperty("event_id").GetInt64();
        var split = CliRunner.Run("events", "split", id.ToString(), "--source", "c01-b", "--db", db);
        Assert.Equal(0, split.ExitCode);
        Assert.NotEqual(EventOf(Events(db), "c01-a").GetProperty("event_id").GetInt64(), EventOf(Events(db), "c01-b").GetProperty("event_id").GetInt64());

        // A third report of the same event arrives: it may join either, but the split pair stays apart.
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(dir, "later.jsonl"), "--db", db).ExitCode);
        var after = Events(db);
        Assert.NotEqual(EventOf(after, "c01-a").GetProperty("event_id").GetInt64(), EventOf(after, "c01-b").GetProperty("event_id").GetInt64());
        var withC = EventOf(after, "c01-c");
        Assert.Equal(2, withC.GetProperty("reports").GetArrayLength());
        Assert.Contains(withC.GetProperty("disagreements").EnumerateArray(), d => d.GetProperty("field").GetString() == "fatalities");
        Assert.Equal(2, withC.GetProperty("fatalities").GetInt32());
        Assert.Equal(3, withC.GetProperty("fatalities_high").GetInt32());

        // The user merges them back: one event of three reports, and it stays so.
        var merge = CliRunner.Run("events", "merge", EventOf(after, "c01-a").GetProperty("event_id").GetInt64().ToString(),
            EventOf(after, "c01-b").GetProperty("event_id").GetInt64().ToString(), "--db", db);
        Assert.Equal(0, merge.ExitCode);
        Assert.Equal(3, EventOf(Events(db), "c01-a").GetProperty("reports").GetArrayLength());

        Assert.Equal(2, CliRunner.Run("events", "split", "999999", "--db", db).ExitCode);
    }

    [Fact]
    public void A_schema_1_store_is_upgraded_and_its_reports_merged()
    {
        var db = Path.Combine(CliRunner.TempDir(), "v1.db");
        var steps = (string[])typeof(SqliteEventStore).Assembly.GetType("Faultline.Storage.Migrations")!.GetField("Steps")!.GetValue(null)!;
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = steps[0] + """
                ;PRAGMA user_version = 1;
                INSERT INTO documents(id, content_hash, ingested_at, text) VALUES ('a', 'ha', '2024-01-01', 'x'), ('b', 'hb', '2024-01-01', 'y');
                INSERT INTO events(doc_id, event_index, role, event_date, time_precision, event_type, sub_event_type, actor1, inter1,
                    country, iso3, admin1, location, latitude, longitude, geo_precision, fatalities, notes)
                VALUES ('a', 0, 'primary', '2024-03-12', 1, 'Battles', 'Armed clash', 'Islamic State', 2, 'Iraq', 'IRQ', 'Kirkuk', 'Kirkuk', 35.47, 44.39, 1, 2, 'IS attacked a checkpoint in Kirkuk.'),
                       ('b', 0, 'primary', '2024-03-12', 1, 'Battles', 'Armed clash', 'Islamic State', 2, 'Iraq', 'IRQ', 'Kirkuk', 'Kirkuk', 35.47, 44.39, 1, 3, 'IS fighters stormed a checkpoint in Kirkuk.');
                """;
            cmd.ExecuteNonQuery();
        }
        using var store = SqliteEventStore.Open(db);
        Assert.Equal(2, store.SchemaVersion);
        Assert.Equal(2, store.CountEvents());
        var e = Assert.Single(store.Query(new EventQuery()));
        Assert.Equal(2, e.Merge!.Reports.Count);
        Assert.Equal(2, e.Fatalities);
        Assert.Equal(3, e.FatalitiesHigh);
    }
}
