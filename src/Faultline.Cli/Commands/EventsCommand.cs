using System.CommandLine;
using Faultline.Export;
using Faultline.Storage;

namespace Faultline.Cli.Commands;

/// <summary>`faultline events`: query the store by date range, place, actor, type and text.</summary>
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
        var format = Options.Format("json");
        var output = Options.Out();
        var cmd = new Command("events", """
            Query stored events.

            Examples:
              faultline events --db events.db --format acled-csv
              faultline events --db events.db --country Iraq --admin1 Basra --from 2022-09-01 --to 2022-09-30
              faultline events --db events.db --actor "Saraya al-Salam" --type Battles --format geojson --out clashes.geojson
            """) { db, from, to, country, admin1, actor, type, subType, text, noBackground, limit, format, output };
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
            };
            using var store = SqliteEventStore.Open(path);
            using var outWriter = Options.OpenOutput(parse.GetValue(output));
            EventWriters.For(parse.GetValue(format)!).Write(store.Query(query), outWriter);
            outWriter.Flush();
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
