using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Faultline.Evaluation;

/// <summary>Writes an <see cref="EvalReport"/> as a readable text table, as markdown (for --report), or as one JSON object.</summary>
public static class ReportRenderer
{
    public static void Text(EvalReport report, TextWriter w, int examplesPerField = 3, int textChars = 220)
    {
        w.WriteLine(report.Title);
        w.WriteLine(new string('=', report.Title.Length));
        foreach (var n in report.Notes) w.WriteLine(n);
        foreach (var t in report.Tables)
        {
            w.WriteLine();
            w.WriteLine(t.Title);
            WriteAligned(t, w);
        }
        if (examplesPerField <= 0 || report.Examples.Count == 0) return;
        w.WriteLine();
        w.WriteLine("Worst examples per field (use --report FILE for more)");
        foreach (var s in report.Examples)
        {
            if (s.Examples.Count == 0) continue;
            w.WriteLine();
            w.WriteLine($"-- {s.Field}: {s.Description}");
            if (s.Patterns.Count > 0)
                w.WriteLine("   top errors: " + string.Join("; ", s.Patterns.Take(5).Select(p => $"{p.Pattern} ({p.Count})")));
            foreach (var e in s.Examples.Take(examplesPerField))
            {
                w.WriteLine($"   [{e.Id}] gold: {e.Gold} | predicted: {e.Predicted}");
                w.WriteLine($"      {Clip(e.Text, textChars)}");
            }
        }
    }

    public static void Markdown(EvalReport report, TextWriter w, int examplesPerField = 10, int textChars = 600)
    {
        w.WriteLine($"# {report.Title}");
        w.WriteLine();
        foreach (var n in report.Notes) { w.WriteLine(n); w.WriteLine(); }
        foreach (var t in report.Tables)
        {
            w.WriteLine($"## {t.Title}");
            w.WriteLine();
            w.WriteLine("| " + string.Join(" | ", t.Header.Select(Cell)) + " |");
            w.WriteLine("|" + string.Concat(t.Header.Select(_ => "---|")));
            foreach (var r in t.Rows) w.WriteLine("| " + string.Join(" | ", r.Select(Cell)) + " |");
            w.WriteLine();
        }
        if (report.Examples.Count == 0) return;
        w.WriteLine("## Worst examples per field");
        w.WriteLine();
        foreach (var s in report.Examples)
        {
            w.WriteLine($"### {s.Field}");
            w.WriteLine();
            w.WriteLine(s.Description);
            w.WriteLine();
            if (s.Patterns.Count > 0)
            {
                w.WriteLine("| most frequent errors (gold -> predicted) | count |");
                w.WriteLine("|---|---|");
                foreach (var p in s.Patterns) w.WriteLine($"| {Cell(p.Pattern)} | {p.Count} |");
                w.WriteLine();
            }
            if (s.Examples.Count == 0) { w.WriteLine("(no errors)"); w.WriteLine(); continue; }
            w.WriteLine("| id | text | gold | predicted |");
            w.WriteLine("|---|---|---|---|");
            foreach (var e in s.KeepAll ? s.Examples : s.Examples.Take(examplesPerField))
                w.WriteLine($"| {Cell(e.Id)} | {Cell(Clip(e.Text, textChars))} | {Cell(e.Gold)} | {Cell(e.Predicted)} |");
            w.WriteLine();
        }
    }

    public static void Json(EvalReport report, TextWriter w)
    {
        using var stream = new MemoryStream();
        using (var j = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            j.WriteStartObject();
            foreach (var (key, value) in report.Figures)
            {
                if (value is null) j.WriteNull(key);
                else if (value == Math.Floor(value.Value) && Math.Abs(value.Value) < 1e15) j.WriteNumber(key, (long)value.Value);
                else j.WriteNumber(key, Math.Round(value.Value, 2));
            }
            j.WriteEndObject();
        }
        w.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteAligned(ReportTable t, TextWriter w)
    {
        var all = new List<IReadOnlyList<string>> { t.Header };
        all.AddRange(t.Rows);
        int cols = all.Max(r => r.Count);
        var width = Enumerable.Range(0, cols).Select(c => all.Max(r => c < r.Count ? r[c].Length : 0)).ToArray();
        for (int i = 0; i < all.Count; i++)
        {
            var r = all[i];
            var sb = new StringBuilder("  ");
            for (int c = 0; c < r.Count; c++)
            {
                bool numeric = c > 0 && i > 0 && LooksNumeric(r[c]);
                sb.Append(numeric ? r[c].PadLeft(width[c]) : r[c].PadRight(width[c]));
                if (c < r.Count - 1) sb.Append("  ");
            }
            w.WriteLine(sb.ToString().TrimEnd());
            if (i == 0) w.WriteLine("  " + string.Join("  ", width.Select(x => new string('-', x))));
        }
    }

    private static bool LooksNumeric(string s) => s.Length > 0 && (char.IsDigit(s[0]) || s[0] == '-' && s.Length == 1);

    private static string Clip(string s, int max)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }

    private static string Cell(string s) => s.ReplaceLineEndings(" ").Replace("|", "\\|");

    internal static string Num(double? v, string format = "0.0") => v is null ? "-" : v.Value.ToString(format, CultureInfo.InvariantCulture);
}
