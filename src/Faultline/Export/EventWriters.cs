using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Faultline.Events;

namespace Faultline.Export;

/// <summary>A sink for coded events: streams them to a text writer in one format.</summary>
public interface IEventWriter
{
    void Write(IEnumerable<CodedEvent> events, TextWriter output);
}

/// <summary>Looks writers up by the names the CLI takes: json, jsonl, acled-csv, geojson, plover.</summary>
public static class EventWriters
{
    public static readonly string[] Formats = ["json", "jsonl", "acled-csv", "geojson", "plover"];

    public static IEventWriter For(string format) => format switch
    {
        "json" => new JsonEventWriter(lines: false),
        "jsonl" => new JsonEventWriter(lines: true),
        "acled-csv" or "csv" => new AcledCsvWriter(),
        "geojson" => new GeoJsonWriter(),
        "plover" => new PloverWriter(),
        _ => throw new ArgumentException($"unknown format '{format}' (expected one of: {string.Join(", ", Formats)})"),
    };

    internal static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    internal static Dictionary<string, object?> Properties(CodedEvent e) => EventFields.Of(e, extras: true).ToDictionary(kv => kv.Key, kv => kv.Value);
}

/// <summary>The acled-csv contract: a header and one RFC 4180 row per event, columns in contract order.</summary>
public sealed class AcledCsvWriter : IEventWriter
{
    public void Write(IEnumerable<CodedEvent> events, TextWriter output)
    {
        output.Write(string.Join(',', EventFields.AcledColumns));
        output.Write('\n');
        foreach (var e in events)
        {
            output.Write(string.Join(',', EventFields.Of(e, extras: false).Select(kv => Cell(kv.Value))));
            output.Write('\n');
        }
    }

    private static string Cell(object? v)
    {
        string s = v switch
        {
            null => "",
            double d => d.ToString("0.####", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString() ?? "",
        };
        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }
}

/// <summary>JSON: an array of event objects (json) or one object a line (jsonl), with roles, conflicts and evidence.</summary>
public sealed class JsonEventWriter(bool lines) : IEventWriter
{
    public void Write(IEnumerable<CodedEvent> events, TextWriter output)
    {
        if (!lines) output.Write('[');
        bool first = true;
        foreach (var e in events)
        {
            if (!lines && !first) output.Write(',');
            if (!lines) output.Write("\n  ");
            output.Write(JsonSerializer.Serialize(EventWriters.Properties(e), EventWriters.Json));
            if (lines) output.Write('\n');
            first = false;
        }
        if (!lines) output.Write(first ? "]\n" : "\n]\n");
    }
}

/// <summary>GeoJSON: a FeatureCollection of points (null geometry where no coordinates are known), fields as properties.</summary>
public sealed class GeoJsonWriter : IEventWriter
{
    public void Write(IEnumerable<CodedEvent> events, TextWriter output)
    {
        output.Write("{\"type\":\"FeatureCollection\",\"features\":[");
        bool first = true;
        foreach (var e in events)
        {
            if (!first) output.Write(',');
            first = false;
            object? geometry = e.Latitude is { } lat && e.Longitude is { } lon
                ? new Dictionary<string, object> { ["type"] = "Point", ["coordinates"] = new[] { Math.Round(lon, 5), Math.Round(lat, 5) } }
                : null;
            var feature = new Dictionary<string, object?> { ["type"] = "Feature", ["geometry"] = geometry, ["properties"] = EventWriters.Properties(e) };
            output.Write('\n');
            output.Write(JsonSerializer.Serialize(feature, EventWriters.Json));
        }
        output.Write("\n]}\n");
    }
}

/// <summary>PLOVER-style JSON lines: the PLOVER event type and mode, actors, place and date, with the ACLED type kept.</summary>
public sealed class PloverWriter : IEventWriter
{
    public void Write(IEnumerable<CodedEvent> events, TextWriter output)
    {
        foreach (var e in events)
        {
            var (type, mode) = EventTaxonomy.Plover(e.SubEventType);
            var record = new Dictionary<string, object?>
            {
                ["id"] = $"{e.DocumentId}-{e.Index}",
                ["event_date"] = e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["event_type"] = type,
                ["mode"] = mode,
                ["context"] = e.IsBackground ? "background" : null,
                ["actor1"] = e.Actor1,
                ["actor2"] = e.Actor2,
                ["country"] = e.Iso3,
                ["location"] = e.Location,
                ["latitude"] = e.Latitude,
                ["longitude"] = e.Longitude,
                ["fatalities"] = e.Fatalities,
                ["acled_event_type"] = e.EventType,
                ["acled_sub_event_type"] = e.SubEventType,
                ["source"] = e.Source,
            };
            output.Write(JsonSerializer.Serialize(record, EventWriters.Json));
            output.Write('\n');
        }
    }
}
