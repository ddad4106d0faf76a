using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Faultline.Documents;
using Faultline.Events;
using Faultline.Pipeline;
using Faultline.Text;
using Microsoft.Data.Sqlite;

namespace Faultline.Storage;

/// <summary>
/// The embedded store: one SQLite file holding documents (with a content hash), events, their evidence, actors,
/// places and sources. Each batch is written in one transaction, so a crash mid-batch leaves the store as it was;
/// a document already stored (same id or same text) is skipped and counted as known. Every stored event is a report
/// of a merged event (see SqliteEventStore.Merging.cs and src/Faultline/Merging).
/// </summary>
public sealed partial class SqliteEventStore : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    private SqliteEventStore(SqliteConnection db, Merging.ActorIdentity identities)
    {
        _db = db;
        _identities = identities;
    }

    /// <summary>Opens (creating or upgrading) a store. Actor identities for merging come from the default knowledge base unless given.</summary>
    public static SqliteEventStore Open(string path, Merging.ActorIdentity? identities = null)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        db.Open();
        Exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        Exec(db, Tuning);
        Migrate(db);
        var store = new SqliteEventStore(db, identities ?? Merging.ActorIdentity.Default);
        store.MergePending();
        return store;
    }

    /// <summary>
    /// A batch writes about 20 index and full-text pages per report: a page cache of 64 MB (SQLite's default is 2 MB)
    /// keeps the indexes of a few hundred thousand reports in memory instead of reading them back from the OS on every
    /// insert; reads map the file instead of copying it; the write-ahead log is checkpointed every 16 MB, not every 4.
    /// </summary>
    private const string Tuning = "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA mmap_size=268435456; PRAGMA wal_autocheckpoint=4000;";

    public int SchemaVersion => Convert.ToInt32(Scalar(_db, "PRAGMA user_version"), CultureInfo.InvariantCulture);

    private static void Migrate(SqliteConnection db)
    {
        int version = Convert.ToInt32(Scalar(db, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        for (int step = version; step < Migrations.Steps.Length; step++)
        {
            using var tx = db.BeginTransaction();
            Exec(db, Migrations.Steps[step], tx);
            Exec(db, $"PRAGMA user_version = {step + 1}", tx);
            tx.Commit();
        }
    }

    public static string ContentHash(Document d) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(d.Text)));

    /// <summary>True when a document with this id or this text is already stored.</summary>
    public bool IsKnown(Document d)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT 1 FROM documents WHERE id = $id OR content_hash = $h LIMIT 1";
        cmd.Parameters.AddWithValue("$id", d.Id);
        cmd.Parameters.AddWithValue("$h", ContentHash(d));
        return cmd.ExecuteScalar() is not null;
    }

    /// <summary>The ids and texts stored now, for skipping known documents before extraction (see <see cref="KnownDocuments"/>).</summary>
    public KnownDocuments KnownDocuments()
    {
        var known = new KnownDocuments();
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT id, content_hash FROM documents";
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) known.Add(reader.GetString(0), reader.GetString(1));
        return known;
    }

    /// <summary>Stores a batch of documents and their events in one transaction; documents already known are skipped.</summary>
    public IngestCounts Ingest(IReadOnlyList<DocumentEvents> batch)
    {
        using var tx = _db.BeginTransaction();
        int added = 0, known = 0, events = 0;
        var seenInBatch = new HashSet<string>();
        var stored = new List<(long Id, CodedEvent Event)>();
        foreach (var item in batch)
        {
            string hash = ContentHash(item.Document);
            if (!seenInBatch.Add(item.Document.Id) || !seenInBatch.Add("#" + hash) || IsKnownIn(tx, item.Document.Id, hash)) { known++; continue; }
            InsertDocument(tx, item.Document, hash);
            foreach (var e in item.Events) { stored.Add((InsertEvent(tx, e), e)); events++; }
            added++;
        }
        int joined = 0;
        foreach (var (id, e) in stored) joined += Place(tx, id, e) ? 1 : 0;
        tx.Commit();
        return new IngestCounts(added, known, 0, events, joined);
    }

    private bool IsKnownIn(SqliteTransaction tx, string id, string hash)
    {
        var cmd = Cached(tx, "SELECT 1 FROM documents WHERE id = $id OR content_hash = $h LIMIT 1");
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$h", hash);
        return cmd.ExecuteScalar() is not null;
    }

    private void InsertDocument(SqliteTransaction tx, Document d, string hash)
    {
        var cmd = Cached(tx, """
            INSERT INTO documents(id, content_hash, title, source, url, published, language, origin, ingested_at, text)
            VALUES ($id, $hash, $title, $source, $url, $published, $language, $origin, $now, $text)
            """);
        cmd.Parameters.AddWithValue("$id", d.Id);
        cmd.Parameters.AddWithValue("$hash", hash);
        cmd.Parameters.AddWithValue("$title", (object?)d.Title ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$source", (object?)d.Source ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$url", (object?)d.Url ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$published", (object?)d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$language", (object?)d.Language ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$origin", d.Origin);
        cmd.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$text", d.Text);
        cmd.ExecuteNonQuery();
    }

    private static object N(object? v) => v ?? DBNull.Value;

    /// <summary>The coded event's own fields, named as both the reports' and the merged events' inserts name them.</summary>
    private static void BindEventFields(SqliteParameterCollection p, CodedEvent e)
    {
        p.AddWithValue("$doc", e.DocumentId); p.AddWithValue("$idx", e.Index); p.AddWithValue("$role", e.Role.ToString().ToLowerInvariant());
        p.AddWithValue("$date", N(e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))); p.AddWithValue("$tp", e.TimePrecision);
        p.AddWithValue("$conflict", N(e.DateConflict)); p.AddWithValue("$type", e.EventType); p.AddWithValue("$sub", e.SubEventType);
        p.AddWithValue("$a1", N(e.Actor1)); p.AddWithValue("$as1", N(e.AssocActor1)); p.AddWithValue("$i1", e.Inter1);
        p.AddWithValue("$a2", N(e.Actor2)); p.AddWithValue("$as2", N(e.AssocActor2)); p.AddWithValue("$i2", e.Inter2);
        p.AddWithValue("$inter", e.Interaction); p.AddWithValue("$civ", e.CivilianTargeting ? 1 : 0);
        p.AddWithValue("$country", N(e.Country)); p.AddWithValue("$iso3", N(e.Iso3)); p.AddWithValue("$adm1", N(e.Admin1));
        p.AddWithValue("$adm2", N(e.Admin2)); p.AddWithValue("$adm3", N(e.Admin3)); p.AddWithValue("$loc", N(e.Location));
        p.AddWithValue("$lat", N(e.Latitude)); p.AddWithValue("$lon", N(e.Longitude)); p.AddWithValue("$gp", e.GeoPrecision);
        p.AddWithValue("$fat", e.Fatalities); p.AddWithValue("$fatlo", e.FatalitiesLow); p.AddWithValue("$fathi", N(e.FatalitiesHigh));
        p.AddWithValue("$sides", e.FatalitiesBySide.Count == 0 ? DBNull.Value : JsonSerializer.Serialize(e.FatalitiesBySide.ToDictionary(s => s.Side, s => s.Count)));
        p.AddWithValue("$src", e.Source); p.AddWithValue("$notes", e.Notes); p.AddWithValue("$conf", e.Confidence);
    }

    private long InsertEvent(SqliteTransaction tx, CodedEvent e)
    {
        long? placeId = e.Location is null ? null : UpsertPlace(tx, e);
        foreach (var (name, inter) in new[] { (e.Actor1, e.Inter1), (e.Actor2, e.Inter2) })
            if (name is not null) Run(tx, "INSERT OR IGNORE INTO actors(name, inter) VALUES ($a, $b)", name, inter);
        var cmd = Cached(tx, """
            INSERT INTO events(doc_id, event_index, role, event_date, time_precision, date_conflict, event_type, sub_event_type,
                actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting, place_id,
                country, iso3, admin1, admin2, admin3, location, latitude, longitude, geo_precision,
                fatalities, fatalities_low, fatalities_high, fatalities_by_side, source, notes, confidence, day_first, day_last)
            VALUES ($doc, $idx, $role, $date, $tp, $conflict, $type, $sub, $a1, $as1, $i1, $a2, $as2, $i2, $inter, $civ, $place,
                $country, $iso3, $adm1, $adm2, $adm3, $loc, $lat, $lon, $gp, $fat, $fatlo, $fathi, $sides, $src, $notes, $conf, $d0, $d1)
            RETURNING id
            """);
        var p = cmd.Parameters;
        var window = Merging.DateWindow.Of(e);
        p.AddWithValue("$d0", N(window?.First)); p.AddWithValue("$d1", N(window?.Last));
        BindEventFields(p, e);
        p.AddWithValue("$place", N(placeId));
        long id = (long)cmd.ExecuteScalar()!;
        foreach (var name in e.Source.Split("; ", StringSplitOptions.RemoveEmptyEntries))
        {
            Run(tx, "INSERT OR IGNORE INTO sources(name) VALUES ($a)", name, null);
            Run(tx, "INSERT OR IGNORE INTO event_sources(event_id, source_id) SELECT $a, id FROM sources WHERE name = $b", id, name);
        }
        foreach (var ev in e.Evidence)
        {
            var c = Cached(tx, "INSERT INTO evidence(event_id, field, start, end, text) VALUES ($e, $f, $s, $x, $t)");
            c.Parameters.AddWithValue("$e", id); c.Parameters.AddWithValue("$f", ev.Field); c.Parameters.AddWithValue("$s", ev.Start);
            c.Parameters.AddWithValue("$x", ev.End); c.Parameters.AddWithValue("$t", ev.Text);
            c.ExecuteNonQuery();
        }
        return id;
    }

    private long UpsertPlace(SqliteTransaction tx, CodedEvent e)
    {
        var cmd = Cached(tx, """
            INSERT INTO places(name, country, iso3, admin1, admin2, admin3, latitude, longitude) VALUES ($n, $c, $i, $a1, $a2, $a3, $lat, $lon)
            ON CONFLICT(name, iso3, admin1, latitude, longitude) DO UPDATE SET name = excluded.name
            RETURNING id
            """);
        cmd.Parameters.AddWithValue("$n", e.Location!); cmd.Parameters.AddWithValue("$c", N(e.Country)); cmd.Parameters.AddWithValue("$i", N(e.Iso3));
        cmd.Parameters.AddWithValue("$a1", N(e.Admin1)); cmd.Parameters.AddWithValue("$a2", N(e.Admin2)); cmd.Parameters.AddWithValue("$a3", N(e.Admin3));
        cmd.Parameters.AddWithValue("$lat", N(e.Latitude)); cmd.Parameters.AddWithValue("$lon", N(e.Longitude));
        return (long)cmd.ExecuteScalar()!;
    }

    /// <summary>
    /// Stored events matching the query, in date then document order: merged events (one per event, however many
    /// reports told it) with their reports and disagreements, or with <see cref="EventQuery.Reports"/> every report.
    /// </summary>
    public List<CodedEvent> Query(EventQuery q)
    {
        var where = new List<string>();
        using var cmd = _db.CreateCommand();
        void Filter(string sql, string name, object? value) { if (value is null) return; where.Add(sql); cmd.Parameters.AddWithValue(name, value); }
        Filter("e.event_date >= $from", "$from", q.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Filter("e.event_date <= $to", "$to", q.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Filter("(e.country = $country COLLATE NOCASE OR e.iso3 = $country COLLATE NOCASE)", "$country", q.Country);
        Filter("e.admin1 = $admin1 COLLATE NOCASE", "$admin1", q.Admin1);
        Filter("(e.actor1 LIKE $actor OR e.actor2 LIKE $actor OR e.assoc_actor_1 LIKE $actor OR e.assoc_actor_2 LIKE $actor)", "$actor", q.Actor is null ? null : $"%{q.Actor}%");
        Filter("e.event_type = $type COLLATE NOCASE", "$type", q.EventType);
        Filter("e.sub_event_type = $sub COLLATE NOCASE", "$sub", q.SubEventType);
        Filter(q.Reports ? "e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH $text)"
                         : "e.id IN (SELECT merged_id FROM events WHERE id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH $text))",
            "$text", q.Text is null ? null : FtsPhrase(q.Text));
        if (!q.IncludeBackground) where.Add("e.role <> 'background'");
        cmd.CommandText = "SELECT e.* FROM " + (q.Reports ? "events" : "merged_events") + " e" + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "") +
                          " ORDER BY e.event_date, e.doc_id, e.event_index" + (q.Limit is { } l ? $" LIMIT {l}" : "");
        var events = new List<(long Id, CodedEvent Event, string? Disagreements)>();
        using (var r = cmd.ExecuteReader())
        {
            int dis = q.Reports ? -1 : r.GetOrdinal("disagreements");
            while (r.Read()) events.Add((r.GetInt64(r.GetOrdinal("id")), ReadEvent(r), dis < 0 || r.IsDBNull(dis) ? null : r.GetString(dis)));
        }
        if (q.Reports) return events.Select(x => x.Event with { Evidence = EvidenceOf(x.Id) }).ToList();
        return events.Select(x => WithReports(x.Id, x.Event, x.Disagreements, q.Detail)).ToList();
    }

    /// <summary>A merged event with its representative's evidence and, in detail, its reports and disagreements.</summary>
    private CodedEvent WithReports(long mergedId, CodedEvent e, string? disagreements, bool detail)
    {
        var reports = ReportsOf(mergedId);
        var rep = reports.FirstOrDefault(r => r.Event.DocumentId == e.DocumentId && r.Event.Index == e.Index);
        var evidence = rep.Event is null ? [] : EvidenceOf(rep.Id);
        if (!detail) return e with { Evidence = evidence };
        var dis = disagreements is null ? [] : JsonSerializer.Deserialize<List<Merging.Disagreement>>(disagreements, DisagreementJson) ?? [];
        return e with
        {
            Evidence = evidence,
            Merge = new Merging.MergeInfo(mergedId, reports.Select(r => r.Event with { Evidence = EvidenceOf(r.Id) }).ToList(), dis),
        };
    }

    private List<(long Id, CodedEvent Event)> ReportsOf(long mergedId)
    {
        var cmd = Cached(null, "SELECT * FROM events WHERE merged_id = $m ORDER BY doc_id, event_index");
        cmd.Parameters.AddWithValue("$m", mergedId);
        var list = new List<(long, CodedEvent)>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add((r.GetInt64(r.GetOrdinal("id")), ReadEvent(r)));
        return list;
    }

    /// <summary>User text searched as a phrase, so FTS5 operators in it cannot break the query.</summary>
    private static string FtsPhrase(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";

    private List<Evidence> EvidenceOf(long eventId)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT field, start, end, text FROM evidence WHERE event_id = $id ORDER BY rowid";
        cmd.Parameters.AddWithValue("$id", eventId);
        var list = new List<Evidence>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new Evidence(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3)));
        return list;
    }

    private static CodedEvent ReadEvent(SqliteDataReader r)
    {
        string? S(string c) => r.IsDBNull(r.GetOrdinal(c)) ? null : r.GetString(r.GetOrdinal(c));
        int? I(string c) => r.IsDBNull(r.GetOrdinal(c)) ? null : r.GetInt32(r.GetOrdinal(c));
        double? D(string c) => r.IsDBNull(r.GetOrdinal(c)) ? null : r.GetDouble(r.GetOrdinal(c));
        var sides = S("fatalities_by_side") is { } json
            ? JsonSerializer.Deserialize<Dictionary<string, int>>(json)!.Select(kv => new SideCount(kv.Key, kv.Value)).ToList()
            : [];
        return new CodedEvent
        {
            DocumentId = S("doc_id")!,
            Index = I("event_index") ?? 0,
            Role = Enum.Parse<EventRole>(S("role")!, ignoreCase: true),
            Date = S("event_date") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            TimePrecision = I("time_precision") ?? 1,
            DateConflict = S("date_conflict"),
            EventType = S("event_type")!,
            SubEventType = S("sub_event_type")!,
            Actor1 = S("actor1"), AssocActor1 = S("assoc_actor_1"), Inter1 = I("inter1") ?? 0,
            Actor2 = S("actor2"), AssocActor2 = S("assoc_actor_2"), Inter2 = I("inter2") ?? 0,
            CivilianTargeting = I("civilian_targeting") == 1,
            Country = S("country"), Iso3 = S("iso3"), Admin1 = S("admin1"), Admin2 = S("admin2"), Admin3 = S("admin3"),
            Location = S("location"), Latitude = D("latitude"), Longitude = D("longitude"), GeoPrecision = I("geo_precision") ?? 3,
            Fatalities = I("fatalities") ?? 0, FatalitiesLow = I("fatalities_low") ?? 0, FatalitiesHigh = I("fatalities_high"),
            FatalitiesBySide = sides,
            Source = S("source") ?? "", Notes = S("notes") ?? "", Confidence = D("confidence") ?? 0,
        };
    }

    public long CountDocuments() => (long)Scalar(_db, "SELECT COUNT(*) FROM documents")!;
    /// <summary>Reports stored: every document's coded events.</summary>
    public long CountEvents() => (long)Scalar(_db, "SELECT COUNT(*) FROM events")!;
    /// <summary>Merged events: one per event, however many reports told it.</summary>
    public long CountMergedEvents() => (long)Scalar(_db, "SELECT COUNT(*) FROM merged_events")!;

    private SqliteCommand Command(SqliteTransaction tx, string sql)
    {
        var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    /// <summary>A command kept for the life of the store (prepared once), its parameters cleared, in this transaction.</summary>
    private SqliteCommand Cached(SqliteTransaction? tx, string sql)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            cmd = _db.CreateCommand();
            cmd.CommandText = sql;
            _commands[sql] = cmd;
        }
        cmd.Transaction = tx;
        cmd.Parameters.Clear();
        return cmd;
    }

    private void Run(SqliteTransaction tx, string sql, object a, object? b)
    {
        var cmd = Cached(tx, sql);
        cmd.Parameters.AddWithValue("$a", a);
        if (sql.Contains("$b")) cmd.Parameters.AddWithValue("$b", b ?? DBNull.Value);
        cmd.ExecuteNonQuery();
    }

    private static void Exec(SqliteConnection db, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    public void Dispose()
    {
        foreach (var c in _commands.Values) c.Dispose();
        _db.Dispose();
    }
}
