using Faultline.Documents;
using Faultline.Events;
using Faultline.Pipeline;
using Faultline.Storage;

namespace Faultline.Tests;

/// <summary>The embedded store through the real CLI and a real SQLite file (issue #2, bars 2 and 3).</summary>
public class IngestTests
{
    private const string GoodReport =
        "Two soldiers were killed when gunmen attacked an army checkpoint near Kirkuk on Tuesday, police said. " +
        "Security forces later clashed with the attackers in the city of Kirkuk.";

    [Fact]
    public void Ingesting_twice_stores_nothing_new_and_says_so()
    {
        var dir = CliRunner.TempDir();
        var input = Path.Combine(dir, "report.txt");
        File.WriteAllText(input, GoodReport);
        var db = Path.Combine(dir, "store.db");

        var first = CliRunner.Run("ingest", input, "--db", db, "--published", "2024-03-14");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("1 new, 0 already known, 0 failed", first.Stdout);
        var eventsAfterFirst = CliRunner.Run("events", "--db", db, "--format", "jsonl").Stdout;

        var second = CliRunner.Run("ingest", input, "--db", db, "--published", "2024-03-14");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 new, 1 already known, 0 failed; 0 events stored", second.Stdout);
        var eventsAfterSecond = CliRunner.Run("events", "--db", db, "--format", "jsonl").Stdout;

        Assert.NotEmpty(eventsAfterFirst.Trim());
        Assert.Equal(eventsAfterFirst, eventsAfterSecond);
    }

    [Fact]
    public void Bad_inputs_are_reported_one_line_each_and_the_good_file_is_stored()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "good.txt"), GoodReport);
        File.WriteAllBytes(Path.Combine(dir, "empty.txt"), []);
        var random = new byte[4096];
        new Random(7).NextBytes(random);
        File.WriteAllBytes(Path.Combine(dir, "random.bin"), random);
        File.WriteAllBytes(Path.Combine(dir, "latin1.txt"), [0x43, 0x61, 0x66, 0xE9, 0x20, 0x61, 0x74, 0x74, 0x61, 0x63, 0x6B]); // "Café attack" in Latin-1
        using (var big = File.Create(Path.Combine(dir, "huge.txt"))) big.SetLength(50L * 1024 * 1024);
        File.WriteAllText(Path.Combine(dir, "feed.jsonl"),
            "{\"id\": \"j1\", \"text\": \"Protesters rallied in Baghdad on Monday demanding jobs.\", \"published\": \"2024-03-12\"}\n" +
            "{\"id\": \"j2\", \"text\": \"broken line\n");
        File.WriteAllText(Path.Combine(dir, "blank.html"), "<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>");
        var db = Path.Combine(CliRunner.TempDir(), "store.db");

        var r = CliRunner.Run("ingest", dir, "--db", db, "--published", "2024-03-14");

        Assert.Equal(1, r.ExitCode);
        var errors = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(errors, l => l.Contains("empty.txt") && l.Contains("empty file"));
        Assert.Contains(errors, l => l.Contains("random.bin") && l.Contains("binary"));
        Assert.Contains(errors, l => l.Contains("latin1.txt") && l.Contains("invalid UTF-8"));
        Assert.Contains(errors, l => l.Contains("huge.txt") && l.Contains("too large"));
        Assert.Contains(errors, l => l.Contains("feed.jsonl:2") && l.Contains("malformed JSON"));
        Assert.Contains(errors, l => l.Contains("blank.html") && l.Contains("no article text"));
        Assert.Equal(6, errors.Length);
        Assert.Contains("2 new, 0 already known, 6 failed", r.Stdout);

        using var store = SqliteEventStore.Open(db);
        Assert.Equal(2, store.CountDocuments());
        var events = store.Query(new EventQuery());
        Assert.Contains(events, e => e.DocumentId == "good" && e.Admin1 is not null);
        Assert.Contains(events, e => e.DocumentId == "j1" && e.EventType == EventTaxonomy.Protests);
    }

    [Fact]
    public void A_batch_that_fails_midway_leaves_the_store_as_it_was()
    {
        var db = Path.Combine(CliRunner.TempDir(), "store.db");
        using var store = SqliteEventStore.Open(db);
        var good = Extractor.Default.Extract(new Document("a", GoodReport, new DateOnly(2024, 3, 14)));
        store.Ingest([good]);
        long docsBefore = store.CountDocuments(), eventsBefore = store.CountEvents();

        var ok = Extractor.Default.Extract(new Document("b", GoodReport + " More news.", new DateOnly(2024, 3, 14)));
        var twin = ok.Events[0];
        // Two events with the same index in one document break a unique constraint halfway through the batch.
        var broken = new DocumentEvents(new Document("c", "Another report.", null), [twin with { DocumentId = "c" }, twin with { DocumentId = "c" }]);
        Assert.ThrowsAny<Exception>(() => store.Ingest([ok, broken]));

        Assert.Equal(docsBefore, store.CountDocuments());
        Assert.Equal(eventsBefore, store.CountEvents());
    }

    [Fact]
    public void Schema_is_versioned_and_queries_filter_by_place_type_and_text()
    {
        var db = Path.Combine(CliRunner.TempDir(), "store.db");
        using var store = SqliteEventStore.Open(db);
        Assert.Equal(2, store.SchemaVersion);
        store.Ingest([Extractor.Default.Extract(new Document("k", GoodReport, new DateOnly(2024, 3, 14)))]);
        Assert.NotEmpty(store.Query(new EventQuery { Country = "Iraq" }));
        Assert.Empty(store.Query(new EventQuery { Country = "Chile" }));
        Assert.NotEmpty(store.Query(new EventQuery { Text = "checkpoint" }));
        Assert.Empty(store.Query(new EventQuery { From = new DateOnly(2025, 1, 1) }));
    }

    [Fact]
    public void Overlapped_ingest_stores_a_repeated_text_once_and_a_second_run_stores_nothing()
    {
        var db = Path.Combine(CliRunner.TempDir(), "store.db");
        using var store = SqliteEventStore.Open(db);
        // 30 documents, batches of 4 (so several batches are queued while others are written); "dup" repeats d3's text.
        var docs = Enumerable.Range(0, 30).Select(i => new Document($"d{i}", $"Protesters gathered in Baghdad on {1 + i} May 2020 to demand jobs.", new DateOnly(2020, 5, 31)))
            .Append(new Document("dup", "Protesters gathered in Baghdad on 4 May 2020 to demand jobs.", new DateOnly(2020, 5, 31))).ToList();

        var first = Ingestion.Run(store, docs.Select(ReadResult.Ok), Extractor.Default, threads: 2, batchSize: 4);
        Assert.Equal(30, first.New);
        Assert.Equal(1, first.Known);
        long events = store.CountEvents();

        var second = Ingestion.Run(store, docs.Select(ReadResult.Ok), Extractor.Default, threads: 2, batchSize: 4);
        Assert.Equal(0, second.New);
        Assert.Equal(31, second.Known);
        Assert.Equal(events, store.CountEvents());
    }

    [Fact]
    public void Overlapped_ingest_that_fails_reading_keeps_the_batches_written_before()
    {
        var db = Path.Combine(CliRunner.TempDir(), "store.db");
        using var store = SqliteEventStore.Open(db);
        IEnumerable<ReadResult> Inputs()
        {
            for (int i = 0; i < 10; i++) yield return ReadResult.Ok(new Document($"d{i}", $"Protesters gathered in Basra on {1 + i} May 2020.", new DateOnly(2020, 5, 31)));
            throw new IOException("disk gone");
        }
        Assert.Throws<IOException>(() => Ingestion.Run(store, Inputs(), Extractor.Default, threads: 2, batchSize: 4));
        // Two full batches were written, each in its own transaction; the partial third was never written.
        Assert.Equal(8, store.CountDocuments());
    }
}
