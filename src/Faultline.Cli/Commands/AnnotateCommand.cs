using System.CommandLine;
using System.Text.Json;
using Faultline.Documents;
using Faultline.Pipeline;

namespace Faultline.Cli.Commands;

/// <summary>`faultline annotate`: show what the annotators found (places, actors, dates, deaths) with their spans.</summary>
internal static class AnnotateCommand
{
    public static Command Build()
    {
        var inputs = Options.Inputs();
        var published = Options.Published();
        var cmd = new Command("annotate", """
            Show the mentions Faultline found in each document (places with the entry chosen, actors, dates,
            death counts, cited sources), one JSON object per document. Useful to see why an event was coded as it was.

            Example:
              faultline annotate report.txt --published 2022-09-02
            """) { inputs, published };
        cmd.SetAction(parse =>
        {
            var options = new ReadOptions(Options.ParseDate(parse.GetValue(published), "--published"));
            var failures = new Failures();
            foreach (var r in DocumentReader.Read(parse.GetValue(inputs)!, options))
            {
                if (r.Error is not null) { failures.Report(r.Error); continue; }
                var a = Extractor.Default.Annotate(r.Document!);
                string T(Text.TextSpan s) => s.Of(a.Text);
                var view = new
                {
                    id = a.Document.Id,
                    places = a.Places.Select(p => new { text = T(p.Span), p.Span.Start, use = p.Use.ToString(), place = p.Place.ToString(), p.Place.Latitude, p.Place.Longitude, candidates = p.Candidates.Count }),
                    actors = a.Actors.Select(x => new { text = T(x.Span), x.Span.Start, actor = x.Describe(), via = x.Via?.Name }),
                    times = a.Times.Select(t => new { text = T(t.Span), t.Span.Start, date = t.Date.ToString("yyyy-MM-dd"), t.Precision, t.Conflict }),
                    deaths = a.Fatalities.Select(f => new { text = T(f.Span), f.Span.Start, best = f.Count.Best, low = f.Count.Low, high = f.Count.High, f.IsUpdate }),
                    sources = a.Sources.Select(s => s.Name),
                    countries = a.CountryWeights,
                };
                Console.WriteLine(JsonSerializer.Serialize(view));
            }
            return failures.ExitCode;
        });
        return cmd;
    }
}
