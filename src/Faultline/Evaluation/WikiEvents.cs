using System.Text;
using System.Text.Json;
using Faultline.Documents;
using TextReader = System.IO.TextReader;

namespace Faultline.Evaluation;

/// <summary>An argument of a KAIROS event mention: its role (Attacker, Target, Place ...) and the span text, with the other mentions of its entity (coreference) when known.</summary>
public sealed record KairosArgument(string Role, string Text, string? EntityId, IReadOnlyList<string> Coreferent);

/// <summary>One KAIROS event mention of a WikiEvents document (type such as Conflict.Attack.DetonateExplode, trigger, arguments).</summary>
public sealed record KairosEvent(string Type, string Trigger, int Sentence, int TokenStart, IReadOnlyList<KairosArgument> Arguments);

/// <summary>One WikiEvents document: its text (detokenised) and its gold event mentions.</summary>
public sealed record WikiEventsDoc(string Id, string Text, IReadOnlyList<KairosEvent> Events)
{
    /// <summary>
    /// The document as Faultline reads it. WikiEvents keeps no publication date, so none is given (as for CASE
    /// snippets): dates in the text are read as written, and relative ones stay unresolved. Scoring here uses
    /// neither dates nor places.
    /// </summary>
    public Document ToDocument() => new(Id, Text, null);
}

/// <summary>
/// Reads WikiEvents JSONL (Li, Ji &amp; Han 2021: doc_id, tokens, sentences, event_mentions, entity_mentions), with the
/// optional coreference file beside it (coref_dev.jsonlines: doc_key, clusters of entity ids). Text: each gold
/// sentence's own text (the "sentences" field keeps it with its original spacing), else the tokens detokenised;
/// sentences are joined by a space, and a sentence without final punctuation (headline, dateline, section title)
/// ends its line so that it is not read as part of the next sentence.
/// </summary>
public static class WikiEventsReader
{
    public static IEnumerable<WikiEventsDoc> Read(TextReader reader, TextReader? coref = null)
    {
        var clusters = coref is null ? new Dictionary<string, List<List<string>>>() : ReadCoref(coref);
        string? line;
        int n = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonDocument json;
            try { json = JsonDocument.Parse(line); }
            catch (JsonException e) { throw new InvalidDataException($"line {n}: not a JSON object: {e.Message}"); }
            using (json)
            {
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("doc_id", out var idEl) || !root.TryGetProperty("tokens", out var tokensEl))
                    throw new InvalidDataException($"line {n}: not a WikiEvents document: expected doc_id and tokens");
                string id = idEl.GetString() ?? $"line{n}";
                var tokens = tokensEl.EnumerateArray().Select(t => t.GetString() ?? "").ToList();
                string text = root.TryGetProperty("sentences", out var sentencesEl) && sentencesEl.ValueKind == JsonValueKind.Array
                    ? JoinSentences(sentencesEl.EnumerateArray().Select(SentenceText))
                    : Detokenise(tokens);
                // Entity texts by id, for coreference.
                var entityText = new Dictionary<string, string>(StringComparer.Ordinal);
                if (root.TryGetProperty("entity_mentions", out var ents))
                    foreach (var e in ents.EnumerateArray())
                        if (e.TryGetProperty("id", out var eid) && e.TryGetProperty("text", out var et))
                            entityText[eid.GetString() ?? ""] = et.GetString() ?? "";
                var clusterOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                foreach (var c in clusters.GetValueOrDefault(id) ?? [])
                    foreach (var member in c) clusterOf[member] = c;
                var events = new List<KairosEvent>();
                if (root.TryGetProperty("event_mentions", out var evs))
                {
                    foreach (var e in evs.EnumerateArray())
                    {
                        var trig = e.GetProperty("trigger");
                        var args = new List<KairosArgument>();
                        if (e.TryGetProperty("arguments", out var argsEl))
                            foreach (var a in argsEl.EnumerateArray())
                            {
                                string? entity = a.TryGetProperty("entity_id", out var ae) ? ae.GetString() : null;
                                var others = entity is not null && clusterOf.TryGetValue(entity, out var cl)
                                    ? cl.Where(m => m != entity).Select(m => entityText.GetValueOrDefault(m)).OfType<string>().Distinct().ToList()
                                    : [];
                                args.Add(new KairosArgument(a.GetProperty("role").GetString() ?? "", a.GetProperty("text").GetString() ?? "", entity, others));
                            }
                        events.Add(new KairosEvent(e.GetProperty("event_type").GetString() ?? "", trig.TryGetProperty("text", out var tt) ? tt.GetString() ?? "" : "",
                            trig.TryGetProperty("sent_idx", out var si) ? si.GetInt32() : 0, trig.TryGetProperty("start", out var ts) ? ts.GetInt32() : 0, args));
                    }
                }
                yield return new WikiEventsDoc(id, text, events);
            }
        }
    }

    /// <summary>The coreference clusters of each document (doc_key -> lists of entity ids).</summary>
    private static Dictionary<string, List<List<string>>> ReadCoref(TextReader reader)
    {
        var result = new Dictionary<string, List<List<string>>>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (!root.TryGetProperty("doc_key", out var key) || !root.TryGetProperty("clusters", out var cl)) continue;
            result[key.GetString() ?? ""] = cl.EnumerateArray().Select(c => c.EnumerateArray().Select(m => m.GetString() ?? "").ToList()).ToList();
        }
        return result;
    }

    private static string SentenceText(JsonElement s)
    {
        // [[[token, start, end], ...], "sentence text"]
        if (s.ValueKind == JsonValueKind.Array && s.GetArrayLength() >= 2 && s[1].ValueKind == JsonValueKind.String) return s[1].GetString() ?? "";
        if (s.ValueKind == JsonValueKind.Array && s.GetArrayLength() >= 1 && s[0].ValueKind == JsonValueKind.Array)
            return Detokenise(s[0].EnumerateArray().Select(t => t[0].GetString() ?? ""));
        return "";
    }

    /// <summary>Sentences joined by a space; one without final punctuation (a headline) ends its line.</summary>
    public static string JoinSentences(IEnumerable<string> sentences)
    {
        var sb = new StringBuilder();
        foreach (var raw in sentences)
        {
            string s = raw.Trim();
            if (s.Length == 0) continue;
            if (sb.Length > 0 && sb[^1] != '\n') sb.Append(' ');
            sb.Append(s);
            char last = s[^1];
            if (last is not ('.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')')) sb.Append('\n');
        }
        return sb.ToString().TrimEnd();
    }

    private static readonly HashSet<string> NoSpaceBefore = [".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "”", "’", "'s", "’s", "n't", "'", "’"];
    private static readonly HashSet<string> NoSpaceAfter = ["(", "[", "{", "“", "‘", "$", "#"];

    /// <summary>
    /// Tokens back to text: no space before closing punctuation and clitics ("Russia ’ s" -> "Russia’s"), none after
    /// opening brackets and quotes, hyphens glued between word tokens ("Deir ez - Zor" -> "Deir ez-Zor"); straight
    /// double quotes alternate between opening and closing.
    /// </summary>
    public static string Detokenise(IEnumerable<string> tokens)
    {
        var sb = new StringBuilder();
        string? prev = null;
        bool quoteOpen = false;
        foreach (var t in tokens)
        {
            if (t.Length == 0) continue;
            bool space = prev is not null;
            if (NoSpaceBefore.Contains(t) || prev is "’" or "'" && t is "s" or "t" or "re" or "ve" or "ll" or "d" or "m") space = false;
            if (prev is not null && NoSpaceAfter.Contains(prev)) space = false;
            if (t == "-" || prev == "-") space = false;
            if (t == "\"") { if (quoteOpen) space = false; }
            else if (prev == "\"" && quoteOpen) space = false;
            if (space) sb.Append(' ');
            sb.Append(t);
            if (t == "\"") quoteOpen = !quoteOpen;
            prev = t;
        }
        return sb.ToString();
    }
}
