using System.CommandLine;
using Faultline.Actors;
using Faultline.Storage;

namespace Faultline.Cli.Commands;

/// <summary>`faultline actors`: browse the actor knowledge base (and the user's own files) and the events an actor is in.</summary>
internal static class ActorsCommand
{
    public static Command Build()
    {
        var cmd = new Command("actors", """
            Browse the actor knowledge base: data/actors/*.yaml plus your own files named in $FAULTLINE_ACTORS
            (paths separated by ':'), in the same YAML schema (see data/actors/README.md); no rebuild needed.

            Examples:
              faultline actors list --country IRQ
              faultline actors list --query hezbollah
              faultline actors show "Asayib Ahlilhak" --db events.db
            """);
        cmd.Subcommands.Add(List());
        cmd.Subcommands.Add(Show());
        return cmd;
    }

    private static Command List()
    {
        var country = new Option<string?>("--country") { Description = "Only actors of this country (ISO3 code)" };
        var query = new Option<string?>("--query") { Description = "Only actors whose name or an alias contains this text" };
        var cmd = new Command("list", "List actors: id, name, inter code, kind, country.") { country, query };
        cmd.SetAction(parse =>
        {
            string? c = parse.GetValue(country), q = parse.GetValue(query);
            foreach (var a in ActorKnowledgeBase.Default.Actors.OrderBy(a => a.Country).ThenBy(a => a.Name, StringComparer.Ordinal))
            {
                if (c is not null && !string.Equals(a.Country, c, StringComparison.OrdinalIgnoreCase)) continue;
                if (q is not null && !a.Name.Contains(q, StringComparison.OrdinalIgnoreCase) && !a.Aliases.Any(x => x.Contains(q, StringComparison.OrdinalIgnoreCase))) continue;
                Console.WriteLine($"{a.Id}\t{a.Name}\t{a.Inter?.ToString() ?? "-"}\t{a.Kind}\t{a.Country ?? "-"}");
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command Show()
    {
        var name = new Argument<string>("name") { Description = "A name as written in any spelling, or an id" };
        var db = new Option<string?>("--db") { Description = "Also list the stored events this actor is in" };
        var cmd = new Command("show", "Show one actor: how a name resolves, its aliases, relations and stored events.") { name, db };
        cmd.SetAction(parse =>
        {
            var kb = ActorKnowledgeBase.Default;
            string written = parse.GetValue(name)!;
            var actor = kb.ById(written) ?? kb.Resolve(written);
            if (actor is null)
            {
                Console.Error.WriteLine($"faultline: no actor known as '{written}'");
                return ExitCodes.SomeFailed;
            }
            Console.WriteLine($"{actor.Name}  ({actor.Id}; {actor.Kind}; inter {actor.Inter?.ToString() ?? "-"}; {actor.Country ?? "no country"})");
            if (actor.Aliases.Count > 0) Console.WriteLine($"aliases: {string.Join(", ", actor.Aliases)}");
            foreach (var r in actor.Relations)
                Console.WriteLine($"{r.Type.Replace('_', ' ')}: {kb.ById(r.Target)?.Name ?? r.Target}");
            foreach (var other in kb.Actors.Where(o => o.Relations.Any(r => r.Target == actor.Id)))
                foreach (var r in other.Relations.Where(r => r.Target == actor.Id))
                    Console.WriteLine($"{other.Name} {r.Type.Replace('_', ' ')} it");
            if (parse.GetValue(db) is { } path && File.Exists(path))
            {
                using var store = SqliteEventStore.Open(path);
                foreach (var e in store.Query(new EventQuery { Actor = actor.Name }))
                    Console.WriteLine($"event: {e.Date:yyyy-MM-dd} {e.SubEventType} {e.Actor1} / {e.Actor2} at {e.Location} ({e.DocumentId})");
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
