namespace AppServer.Storage.Sqlite;

/// <summary>
/// The schema as an ordered list of migrations. <c>PRAGMA user_version</c> holds how many have been
/// applied; opening a database applies the missing ones, each in its own transaction. Never edit a
/// shipped migration: append a new one.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        // 1: threads, turns, items.
        """
        CREATE TABLE threads (
            id              TEXT PRIMARY KEY,
            forked_from_id  TEXT,
            created_at_ms   INTEGER NOT NULL,
            updated_at_ms   INTEGER NOT NULL,
            name            TEXT,
            preview         TEXT NOT NULL DEFAULT '',
            materialized    INTEGER NOT NULL DEFAULT 0,
            archived        INTEGER NOT NULL DEFAULT 0,
            archived_at_ms  INTEGER,
            cwd             TEXT NOT NULL,
            model_provider  TEXT NOT NULL,
            model           TEXT,
            reasoning_effort TEXT,
            source          TEXT NOT NULL,
            originator      TEXT,
            cli_version     TEXT NOT NULL,
            git_sha         TEXT,
            git_branch      TEXT,
            git_origin_url  TEXT,
            settings_json   TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX threads_by_created ON threads (archived, materialized, created_at_ms, id);
        CREATE TABLE turns (
            thread_id       TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
            id              TEXT NOT NULL,
            seq             INTEGER NOT NULL,
            status          TEXT NOT NULL,
            started_at_ms   INTEGER,
            completed_at_ms INTEGER,
            duration_ms     INTEGER,
            error_json      TEXT,
            root_turn_id    TEXT,
            PRIMARY KEY (thread_id, id),
            UNIQUE (thread_id, seq)
        );
        CREATE TABLE items (
            thread_id       TEXT NOT NULL,
            turn_id         TEXT NOT NULL,
            id              TEXT NOT NULL,
            seq             INTEGER NOT NULL,
            item_type       TEXT NOT NULL,
            item_json       TEXT NOT NULL,
            started_at_ms   INTEGER,
            completed_at_ms INTEGER,
            PRIMARY KEY (thread_id, id),
            UNIQUE (thread_id, seq),
            FOREIGN KEY (thread_id, turn_id) REFERENCES turns (thread_id, id) ON DELETE CASCADE
        );
        CREATE INDEX items_by_turn ON items (thread_id, turn_id, seq);
        """,

        // 2: raw model-facing history for resume, and listing by update time.
        """
        CREATE TABLE history (
            thread_id       TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
            seq             INTEGER NOT NULL,
            turn_id         TEXT,
            item_json       TEXT NOT NULL,
            PRIMARY KEY (thread_id, seq)
        );
        CREATE INDEX threads_by_updated ON threads (archived, materialized, updated_at_ms, id);
        """,

        // 3: cumulative token usage, so thread totals survive a restart.
        """
        ALTER TABLE threads ADD COLUMN token_usage_json TEXT;
        """,

        // 4: the client-declared dynamic tools of a thread (thread/start.dynamicTools), offered again after a restart.
        """
        CREATE TABLE thread_dynamic_tools (
            thread_id       TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
            position        INTEGER NOT NULL,
            tool_json       TEXT NOT NULL,
            PRIMARY KEY (thread_id, position)
        );
        """,

        // 5: thread goals (thread/goal/set): one optional goal per thread, gone with the thread.
        """
        CREATE TABLE thread_goals (
            thread_id         TEXT PRIMARY KEY REFERENCES threads (id) ON DELETE CASCADE,
            objective         TEXT NOT NULL,
            status            TEXT NOT NULL,
            token_budget      INTEGER,
            tokens_used       INTEGER NOT NULL DEFAULT 0,
            time_used_seconds INTEGER NOT NULL DEFAULT 0,
            created_at_ms     INTEGER NOT NULL,
            updated_at_ms     INTEGER NOT NULL
        );
        """,
    ];
}
