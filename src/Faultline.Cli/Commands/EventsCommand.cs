using System.CommandLine;
using Faultline.Export;
using Faultline.Storage;

namespace Faultline.Cli.Commands;

/// <summary>
/// `faultline events`: query the store by date range, place, actor, type and text (one row per merged event, or per
/// report with --reports); `events split` and `events merge` correct the merging, and the decision sticks.
/// </summary>
internal static class EventsCommand
{
    public static Command Build()
    {
        var db = Options.Db();
        var from = new Option<string?>("--from") { Description = "Events on or after this date (YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "Events on or before this date (YYYY-MM-DD)" };
        var country = new Option<string?>("--country") { Description = "Country name or ISO3 code" };
        var admin1 = new Option<string?>("--admin1") { Description = "First-level administrative unit (province, governorate, state)" };
        var actor = new Option<string?>("--actor") { Description = "Actor name (or part of it), either side or associated" };
        var type = new Option<string?>("--type") { Description = "ACLED event type, e.g. Battles" };
        var subType = new Option<string?>("--sub-type") { Description = "ACLED sub-event type, e.g. \"Armed clash\"" };
        var text = new Option<string?>("--text") { Description = "Words to find in notes, actors and locations (full-text search)" };
        var noBackground = new Option<bool>("--no-background") { Description = "Leave out background events" };
        var limit = new Option<int?>("--limit") { Description = "At most this many events" };
        var reports = new Option<bool>("--reports") { Description = "One row per report (each document's own coded event) instead of one per merged event" };
        var format = Options.Format("json");
        var output = Options.Out();
        var cmd = new Command("events", """
            Query stored events. Reports of one event from several documents are merged into one row: fatalities are
            the conservative figure with the range across reports, place and date the most precise given; json output
            lists each event's id, its reports with their evidence, and the fields they disagree on.

            Examples:
              faultline events --db events.db --format acled-csv
              faultline events --db events.db --country Iraq --admin1 Basra --from 2022-09-01 --to 2022-09-30
              faultline events --db events.db --actor "Saraya al-Salam" --type Battles --format geojson --out clashes.geojson
              faultline events split 12 --source report-b --db events.db
              faultline events merge 12 15 --db events.db
            """) { db, from, to, country, admin1, actor, type, subType, text, noBackground, limit, reports, format, output };
        cmd.Subcommands.Add(SplitCommand());
        cmd.Subcommands.Add(MergeCommand());
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(db)!;
            if (!File.Exists(path)) throw new UsageException($"--db: no store at '{path}' (create one with 'faultline ingest')");
            var query = new EventQuery
            {
                From = Options.ParseDate(parse.GetValue(from), "--from"),
                To = Options.ParseDate(parse.GetValue(to), "--to"),
                Country = parse.GetValue(country),
                Admin1 = parse.GetValue(admin1),
                Actor = parse.GetValue(actor),
                EventType = parse.GetValue(type),
                SubEventType = parse.GetValue(subType),
                Text = parse.GetValue(text),
                IncludeBackground = !parse.GetValue(noBackground),
                Limit = parse.GetValue(limit),
                Reports = parse.GetValue(reports),
                Detail = parse.GetValue(format) is "json" or "jsonl",
            };
            using var store = SqliteEventStore.Open(path);
            using var outWriter = Options.OpenOutput(parse.GetValue(output));
            EventWriters.For(parse.GetValue(format)!).Write(store.Query(query), outWriter);
            outWriter.Flush();
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static SqliteEventStore? OpenExisting(string path)
    {
        if (File.Exists(path)) return SqliteEventStore.Open(path);
        Console.Error.WriteLine($"faultline: --db: no store at '{path}' (create one with 'faultline ingest')");
        return null;
    }

    private static Command SplitCommand()
    {
        var db = Options.Db();
        var id = new Argument<long>("event-id") { Description = "The merged event's id (event_id in json output)" };
        var source = new Option<string[]>("--source") { Description = "Documents (doc_id, or doc_id#event_index) whose reports leave the event together; none: every report alone", AllowMultipleArgumentsPerToken = true };
        var cmd = new Command("split", """
            Split a merged event: the named documents' reports leave it as an event of their own (or, with no --source,
            every report becomes its own event). The decision is stored: later ingests never merge them again.

            Examples:
              faultline events split 12 --db events.db
              faultline events split 12 --source report-b --db events.db
            """) { id, source, db };
        cmd.SetAction(parse =>
        {
            using var store = OpenExisting(parse.GetValue(db)!);
            if (store is null) return ExitCodes.Usage;
            try
            {
                var ids = store.Split(parse.GetValue(id), parse.GetValue(source) ?? []);
                Console.WriteLine($"event {parse.GetValue(id)} split into events {string.Join(", ", ids)}");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is KeyNotFoundException or ArgumentException)
            {
                Console.Error.WriteLine($"faultline: {e.Message.Trim('\'')}");
                return ExitCodes.Usage;
            }
        });
        return cmd;
    }

    private static Command MergeCommand()
    {
        var db = Options.Db();
        var first = new Argument<long>("event-id") { Description = "One merged event's id" };
        var second = new Argument<long>("other-event-id") { Description = "The other event's id" };
        var cmd = new Command("merge", """
            Merge two events into one, whatever the matching rules say. The decision is stored: later ingests keep them together.

            Example:
              faultline events merge 12 15 --db events.db
            """) { first, second, db };
        cmd.SetAction(parse =>
        {
            using var store = OpenExisting(parse.GetValue(db)!);
            if (store is null) return ExitCodes.Usage;
            try
            {
                long merged = store.Merge(parse.GetValue(first), parse.GetValue(second));
                Console.WriteLine($"events {parse.GetValue(first)} and {parse.GetValue(second)} merged into event {merged}");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is KeyNotFoundException or ArgumentException)
            {
                Console.Error.WriteLine($"faultline: {e.Message.Trim('\'')}");
                return ExitCodes.Usage;
            }
        });
        return cmd;
    }
}
