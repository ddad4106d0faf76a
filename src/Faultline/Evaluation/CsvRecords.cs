using System.Text;

namespace Faultline.Evaluation;

/// <summary>
/// A small streaming RFC 4180 reader: comma-separated fields, double-quoted fields that may hold commas, doubled
/// quotes and line breaks, CRLF or LF record ends. Yields one string array per record, never the whole file.
/// </summary>
public static class CsvRecords
{
    public static IEnumerable<string[]> Read(TextReader reader, char separator = ',')
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            char ch = (char)c;
            any = true;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else field.Append(ch);
                continue;
            }
            if (ch == '"' && field.Length == 0) { quoted = true; continue; }
            if (ch == separator) { fields.Add(field.ToString()); field.Clear(); continue; }
            if (ch == '\r' && reader.Peek() == '\n') continue;
            if (ch == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                yield return fields.ToArray();
                fields.Clear();
                any = false;
                continue;
            }
            field.Append(ch);
        }
        if (any)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }

    /// <summary>Records after the header, each paired with the header's column index (names compared ignoring case).</summary>
    public static IEnumerable<CsvRow> ReadWithHeader(TextReader reader, char separator = ',')
    {
        Dictionary<string, int>? columns = null;
        foreach (var record in Read(reader, separator))
        {
            if (columns is null)
            {
                columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                for (int i = 0; i < record.Length; i++) columns.TryAdd(record[i].Trim().TrimStart('\uFEFF'), i);
                continue;
            }
            if (record.Length == 1 && record[0].Length == 0) continue; // blank line
            yield return new CsvRow(columns, record);
        }
    }
}

/// <summary>One CSV record with named access; a missing column reads as null.</summary>
public sealed class CsvRow(IReadOnlyDictionary<string, int> columns, string[] fields)
{
    public bool Has(string column) => columns.ContainsKey(column);

    public string? this[string column] =>
        columns.TryGetValue(column, out int i) && i < fields.Length ? fields[i] : null;
}
