namespace Faultline.Storage;

/// <summary>
/// The store's schema, as numbered steps. A store records the last step applied in PRAGMA user_version and
/// runs the later ones on open, each in its own transaction. Append new steps; never edit a shipped one.
/// </summary>
internal static class Migrations
{
    public static readonly string[] Steps =
    [
        // 1: documents, sources, actors, places, events, evidence, and the indexes `faultline events` queries use.
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            title TEXT, source TEXT, url TEXT, published TEXT, language TEXT, origin TEXT,
            ingested_at TEXT NOT NULL,
            text TEXT NOT NULL);
        CREATE UNIQUE INDEX documents_hash ON documents(content_hash);
        CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE actors (name TEXT PRIMARY KEY, inter INTEGER, provisional INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE places (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, iso3 TEXT, admin1 TEXT, admin2 TEXT, admin3 TEXT,
            latitude REAL, longitude REAL,
            UNIQUE(name, iso3, admin1, latitude, longitude));
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id),
            event_index INTEGER NOT NULL,
            role TEXT NOT NULL,
            event_date TEXT, time_precision INTEGER, date_conflict TEXT,
            event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
            actor1 TEXT, assoc_actor_1 TEXT, inter1 INTEGER, actor2 TEXT, assoc_actor_2 TEXT, inter2 INTEGER, interaction INTEGER,
            civilian_targeting INTEGER NOT NULL DEFAULT 0,
            place_id INTEGER REFERENCES places(id),
            country TEXT, iso3 TEXT, admin1 TEXT, admin2 TEXT, admin3 TEXT, location TEXT, latitude REAL, longitude REAL, geo_precision INTEGER,
            fatalities INTEGER NOT NULL DEFAULT 0, fatalities_low INTEGER, fatalities_high INTEGER, fatalities_by_side TEXT,
            source TEXT, notes TEXT, confidence REAL,
            UNIQUE(doc_id, event_index));
        CREATE INDEX events_date ON events(event_date);
        CREATE INDEX events_place ON events(country, admin1);
        CREATE INDEX events_actor1 ON events(actor1);
        CREATE INDEX events_actor2 ON events(actor2);
        CREATE INDEX events_type ON events(event_type, sub_event_type);
        CREATE TABLE event_sources (event_id INTEGER NOT NULL REFERENCES events(id), source_id INTEGER NOT NULL REFERENCES sources(id), PRIMARY KEY(event_id, source_id));
        CREATE TABLE evidence (
            event_id INTEGER NOT NULL REFERENCES events(id), field TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL);
        CREATE INDEX evidence_event ON evidence(event_id);
        CREATE VIRTUAL TABLE events_fts USING fts5(notes, actor1, actor2, location, content='events', content_rowid='id');
        CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
            INSERT INTO events_fts(rowid, notes, actor1, actor2, location) VALUES (new.id, new.notes, new.actor1, new.actor2, new.location);
        END;
        CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
            INSERT INTO events_fts(events_fts, rowid, notes, actor1, actor2, location) VALUES ('delete', old.id, old.notes, old.actor1, old.actor2, old.location);
        END;
        """,
        // 2: merging (issue #8). Each stored coded event is a report of a merged event; merged_events holds the
        // reconciled rows (same columns as events, plus the number of reports and their disagreements). day_first and
        // day_last are the report's window of possible days (DateWindow), indexed with the country for blocking (the
        // few windows wider than a week, month-precise dates, have their own partial index so the usual query stays narrow);
        // component_id names the connected component of the match graph the report is in (what is clustered again).
        // merge_decisions keeps the user's split/merge decisions on pairs of reports. Reports of a v1 store have no
        // merged event yet: the store merges them when it is first opened after this step.
        """
        CREATE TABLE merged_events (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL,
            event_index INTEGER NOT NULL,
            role TEXT NOT NULL,
            event_date TEXT, time_precision INTEGER, date_conflict TEXT,
            event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
            actor1 TEXT, assoc_actor_1 TEXT, inter1 INTEGER, actor2 TEXT, assoc_actor_2 TEXT, inter2 INTEGER, interaction INTEGER,
            civilian_targeting INTEGER NOT NULL DEFAULT 0,
            country TEXT, iso3 TEXT, admin1 TEXT, admin2 TEXT, admin3 TEXT, location TEXT, latitude REAL, longitude REAL, geo_precision INTEGER,
            fatalities INTEGER NOT NULL DEFAULT 0, fatalities_low INTEGER, fatalities_high INTEGER, fatalities_by_side TEXT,
            source TEXT, notes TEXT, confidence REAL,
            n_reports INTEGER NOT NULL DEFAULT 1,
            disagreements TEXT);
        CREATE INDEX merged_date ON merged_events(event_date);
        CREATE INDEX merged_place ON merged_events(country, admin1);
        CREATE INDEX merged_type ON merged_events(event_type, sub_event_type);
        ALTER TABLE events ADD COLUMN merged_id INTEGER REFERENCES merged_events(id);
        ALTER TABLE events ADD COLUMN day_first INTEGER;
        ALTER TABLE events ADD COLUMN day_last INTEGER;
        ALTER TABLE events ADD COLUMN component_id INTEGER;
        CREATE INDEX events_merged ON events(merged_id);
        CREATE INDEX events_component ON events(component_id);
        CREATE INDEX events_block ON events(iso3, day_first, day_last);
        CREATE INDEX events_block_wide ON events(iso3, day_first, day_last) WHERE day_last - day_first > 7;
        CREATE TABLE merge_decisions (
            kind TEXT NOT NULL CHECK (kind IN ('split', 'merge')),
            a_doc TEXT NOT NULL, a_index INTEGER NOT NULL, b_doc TEXT NOT NULL, b_index INTEGER NOT NULL,
            decided_at TEXT NOT NULL,
            PRIMARY KEY (a_doc, a_index, b_doc, b_index));
        CREATE INDEX merge_decisions_b ON merge_decisions(b_doc, b_index);
        """,
    ];
}
