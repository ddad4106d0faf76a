using System.Globalization;
using Faultline.Documents;

namespace Faultline.Evaluation;

/// <summary>
/// Reads an ACLED-format CSV (current columns, or the older D3M file without sub_event_type) as gold rows, streaming.
/// Rows with empty notes are skipped (they give no document); <see cref="Skipped"/> counts them.
/// </summary>
public sealed class AcledGoldReader
{
    public int Skipped { get; private set; }

    public IEnumerable<AcledGoldRow> Read(System.IO.TextReader reader)
    {
        bool checkedHeader = false;
        int line = 1;
        foreach (var row in CsvRecords.ReadWithHeader(reader))
        {
            line++;
            if (!checkedHeader)
            {
                foreach (var col in new[] { "notes", "event_type", "event_date" })
                    if (!row.Has(col)) throw new InvalidDataException($"not an ACLED CSV (no '{col}' column)");
                checkedHeader = true;
            }
            string notes = row["notes"]?.Trim() ?? "";
            if (notes.Length == 0) { Skipped++; continue; }
            yield return new AcledGoldRow
            {
                Id = NonEmpty(row["event_id_cnty"]) ?? NonEmpty(row["data_id"]) ?? $"row{line}",
                Notes = notes,
                Date = Dates.Parse(row["event_date"]),
                Type = OldTaxonomy.Map(row["event_type"] ?? "", row["sub_event_type"]),
                Actor1 = NonEmpty(row["actor1"]),
                Actor2 = NonEmpty(row["actor2"]),
                Inter1 = Int(row["inter1"]),
                Inter2 = Int(row["inter2"]),
                Country = NonEmpty(row["country"]),
                Admin1 = NonEmpty(row["admin1"]),
                Location = NonEmpty(row["location"]),
                Latitude = Double(row["latitude"]),
                Longitude = Double(row["longitude"]),
                Fatalities = Int(row["fatalities"]),
            };
        }
    }

    /// <summary>The document a row becomes: text = notes, published = event_date, id = event_id_cnty.</summary>
    public static Document ToDocument(AcledGoldRow row) => new(row.Id, row.Notes, row.Date);

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static int? Int(string? s) =>
        int.TryParse(s?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v :
        double.TryParse(s?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? (int)d : null;

    private static double? Double(string? s) =>
        double.TryParse(s?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : null;
}
