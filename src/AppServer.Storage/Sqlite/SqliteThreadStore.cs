using System.Text;
using AppServer.Storage.Threads;
using Microsoft.Data.Sqlite;

namespace AppServer.Storage.Sqlite;

/// <summary><see cref="IThreadStore"/> on <see cref="SqliteDatabase"/>.</summary>
public sealed class SqliteThreadStore(SqliteDatabase database) : IThreadStore
{
    private const string ThreadColumns =
        "id, forked_from_id, created_at_ms, updated_at_ms, name, preview, materialized, archived, archived_at_ms, " +
        "cwd, model_provider, model, reasoning_effort, source, originator, cli_version, git_sha, git_branch, " +
        "git_origin_url, settings_json, token_usage_json";

    private const string TurnColumns =
        "thread_id, id, seq, status, started_at_ms, completed_at_ms, duration_ms, error_json, root_turn_id";

    private const string ItemColumns =
        "thread_id, turn_id, id, seq, item_type, item_json, started_at_ms, completed_at_ms";

    public void CreateThread(ThreadRecord thread)
    {
        try
        {
            using var connection = database.Open();
            InsertThread(connection, null, thread);
        }
        catch (SqliteException ex) when (IsStorageFailure(ex))
        {
            throw StorageException.Write(ex, database.Path);
        }
    }

    public ThreadRecord? GetThread(string threadId)
    {
        using var connection = database.Open();
        return GetThread(connection, null, threadId);
    }

    public ThreadRecord? UpdateThread(string threadId, ThreadPatch patch)
    {
        try
        {
            using var connection = database.Open();
            using var transaction = connection.BeginTransaction();
            if (!ApplyPatch(connection, transaction, threadId, patch))
            {
                return null;
            }

            var updated = GetThread(connection, transaction, threadId);
            transaction.Commit();
            return updated;
        }
        catch (SqliteException ex) when (IsStorageFailure(ex))
        {
            throw StorageException.Write(ex, database.Path);
        }
    }

    public bool DeleteThread(string threadId)
    {
        try
        {
            using var connection = database.Open();
            using var command = Command(connection, null, "DELETE FROM threads WHERE id = $id;");
            command.Parameters.AddWithValue("$id", threadId);
            return command.ExecuteNonQuery() > 0;
        }
        catch (SqliteException ex) when (IsStorageFailure(ex))
        {
            throw StorageException.Write(ex, database.Path);
        }
    }

    public ThreadPage ListThreads(ThreadListQuery query)
    {
        var limit = Math.Max(1, query.Limit);
        using var connection = database.Open();
        using var command = CreateListCommand(connection, query, limit);
        var rows = new List<ThreadRecord>(limit + 1);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add(ReadThread(reader));
            }
        }

        ThreadListCursor? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            var last = rows[^1];
            next = new ThreadListCursor(query.SortKey == ThreadSortKey.UpdatedAt ? last.UpdatedAtMs : last.CreatedAtMs, last.Id);
        }

        return new ThreadPage(rows, next);
    }

    /// <summary>
    /// The listing query: a keyset range on <c>(archived, materialized, sort column, id)</c>, which the
    /// <c>threads_by_created</c>/<c>threads_by_updated</c> indexes serve without a scan or a sort.
    /// </summary>
    internal static SqliteCommand CreateListCommand(SqliteConnection connection, ThreadListQuery query, int limit)
    {
        var sortColumn = query.SortKey == ThreadSortKey.UpdatedAt ? "updated_at_ms" : "created_at_ms";
        var direction = query.Descending ? "DESC" : "ASC";
        var sql = new StringBuilder($"SELECT {ThreadColumns} FROM threads WHERE archived = $archived");
        var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$archived", query.Archived ? 1 : 0);
        if (query.MaterializedOnly)
        {
            sql.Append(" AND materialized = 1");
        }
        if (query.After is { } after)
        {
            // Keyset: strictly beyond the last row of the previous page, on the index's own order.
            sql.Append(query.Descending ? $" AND ({sortColumn}, id) < ($afterValue, $afterId)" : $" AND ({sortColumn}, id) > ($afterValue, $afterId)");
            command.Parameters.AddWithValue("$afterValue", after.SortValue);
            command.Parameters.AddWithValue("$afterId", after.Id);
        }

        AppendIn(sql, command, "model_provider", "p", query.ModelProviders);
        AppendIn(sql, command, "source", "s", query.SourceKinds);
        AppendIn(sql, command, "cwd", "c", query.Cwds);
        if (query.ExcludedIds is { Count: > 0 } excluded)
        {
            sql.Append(" AND NOT");
            AppendIn(sql, command, "id", "x", excluded, prefix: false);
        }

        if (!string.IsNullOrEmpty(query.SearchTerm))
        {
            sql.Append(" AND (instr(lower(coalesce(name, '')), $term) > 0 OR instr(lower(preview), $term) > 0)");
            command.Parameters.AddWithValue("$term", query.SearchTerm.ToLowerInvariant());
        }

        // One extra row tells whether another page exists.
        sql.Append($" ORDER BY {sortColumn} {direction}, id {direction} LIMIT $limit;");
        command.Parameters.AddWithValue("$limit", limit + 1);
        command.CommandText = sql.ToString();
        return command;
    }

    public ThreadRecord ForkThread(string sourceThreadId, ThreadRecord fork, string? lastTurnId)
    {
        try
        {
            using var connection = database.Open();
            using var transaction = connection.BeginTransaction();
            _ = GetThread(connection, transaction, sourceThreadId)
                ?? throw new ThreadNotFoundException($"no thread {sourceThreadId}");
            long maxTurnSeq = long.MaxValue;
            if (lastTurnId is not null)
            {
                maxTurnSeq = GetTurn(connection, transaction, sourceThreadId, lastTurnId)?.Sequence
                    ?? throw new ThreadNotFoundException($"no turn {lastTurnId} in thread {sourceThreadId}");
            }

            InsertThread(connection, transaction, fork);
            var parameters = new Dictionary<string, object> { ["$src"] = sourceThreadId, ["$dst"] = fork.Id, ["$max"] = maxTurnSeq };
            var copiedTurns = Execute(connection, transaction,
                $"INSERT INTO turns ({TurnColumns}) SELECT $dst, id, seq, status, started_at_ms, completed_at_ms, duration_ms, error_json, root_turn_id " +
                "FROM turns WHERE thread_id = $src AND seq <= $max;", parameters);
            Execute(connection, transaction,
                $"INSERT INTO items ({ItemColumns}) SELECT $dst, i.turn_id, i.id, i.seq, i.item_type, i.item_json, i.started_at_ms, i.completed_at_ms " +
                "FROM items i JOIN turns t ON t.thread_id = i.thread_id AND t.id = i.turn_id WHERE i.thread_id = $src AND t.seq <= $max;", parameters);
            // History up to the last entry written by a copied turn (everything when forking the whole thread).
            var historyLimit = lastTurnId is null
                ? long.MaxValue
                : Scalar(connection, transaction,
                    "SELECT coalesce(max(h.seq), -1) FROM history h JOIN turns t ON t.thread_id = h.thread_id AND t.id = h.turn_id " +
                    "WHERE h.thread_id = $src AND t.seq <= $max;", parameters);
            parameters["$historyMax"] = historyLimit;
            Execute(connection, transaction,
                "INSERT INTO history (thread_id, seq, turn_id, item_json) SELECT $dst, seq, turn_id, item_json FROM history " +
                "WHERE thread_id = $src AND seq <= $historyMax;", parameters);
            if (copiedTurns > 0)
            {
                Execute(connection, transaction, "UPDATE threads SET materialized = 1 WHERE id = $dst;", parameters);
            }

            var created = GetThread(connection, transaction, fork.Id)!;
            transaction.Commit();
            return created;
        }
        catch (SqliteException ex) when (IsStorageFailure(ex))
        {
            throw StorageException.Write(ex, database.Path);
        }
    }

    public TurnRecord? Commit(ThreadWrite write)
    {
        try
        {
            using var connection = database.Open();
            using var transaction = connection.BeginTransaction();
            var thread = GetThread(connection, transaction, write.ThreadId)
                ?? throw new ThreadNotFoundException($"no thread {write.ThreadId}");
            TurnRecord? savedTurn = null;
            if (write.Turn is { } turn)
            {
                savedTurn = UpsertTurn(connection, transaction, turn with { ThreadId = thread.Id });
            }

            foreach (var item in write.Items)
            {
                UpsertItem(connection, transaction, item with { ThreadId = thread.Id });
            }

            if (write.History.Count > 0)
            {
                AppendHistory(connection, transaction, thread.Id, savedTurn?.Id, write.History);
            }

            if (write.Patch is { } patch)
            {
                ApplyPatch(connection, transaction, thread.Id, patch);
            }

            transaction.Commit();
            return savedTurn;
        }
        catch (SqliteException ex) when (IsStorageFailure(ex))
        {
            throw StorageException.Write(ex, database.Path);
        }
    }

    public TurnRecord SaveTurn(TurnRecord turn) => Commit(new ThreadWrite { ThreadId = turn.ThreadId, Turn = turn })!;

    public ItemRecord SaveItem(ItemRecord item)
    {
        try
        {
            using var connection = database.Open();
            using var transaction = connection.BeginTransaction();
            var saved = UpsertItem(connection, transaction, item);
            transaction.Commit();
            return saved;
        }
        catch (SqliteException ex) when (IsStorageFailure(ex))
        {
            throw StorageException.Write(ex, database.Path);
        }
    }

    public void AppendHistory(string threadId, string? turnId, IReadOnlyList<string> itemsJson)
    {
        try
        {
            using var connection = database.Open();
            using var transaction = connection.BeginTransaction();
            AppendHistory(connection, transaction, threadId, turnId, itemsJson);
            transaction.Commit();
        }
        catch (SqliteException ex) when (IsStorageFailure(ex))
        {
            throw StorageException.Write(ex, database.Path);
        }
    }

    public void ReplaceHistory(string threadId, IReadOnlyList<HistoryEntry> entries)
    {
        try
        {
            using var connection = database.Open();
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, "DELETE FROM history WHERE thread_id = $t;", new Dictionary<string, object> { ["$t"] = threadId });
            using var insert = Command(connection, transaction, "INSERT INTO history (thread_id, seq, turn_id, item_json) VALUES ($t, $seq, $turn, $json);");
            for (var i = 0; i < entries.Count; i++)
            {
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("$t", threadId);
                insert.Parameters.AddWithValue("$seq", i);
                insert.Parameters.AddWithValue("$turn", (object?)entries[i].TurnId ?? DBNull.Value);
                insert.Parameters.AddWithValue("$json", entries[i].ItemJson);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }
        catch (SqliteException ex) when (IsStorageFailure(ex))
        {
            throw StorageException.Write(ex, database.Path);
        }
    }

    public IReadOnlyList<HistoryEntry> ReadHistory(string threadId)
    {
        using var connection = database.Open();
        using var command = Command(connection, null, "SELECT seq, turn_id, item_json FROM history WHERE thread_id = $t ORDER BY seq;");
        command.Parameters.AddWithValue("$t", threadId);
        using var reader = command.ExecuteReader();
        var entries = new List<HistoryEntry>();
        while (reader.Read())
        {
            entries.Add(new HistoryEntry(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2)));
        }

        return entries;
    }

    public void SaveDynamicTools(string threadId, IReadOnlyList<string> toolsJson)
    {
        try
        {
            using var connection = database.Open();
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, "DELETE FROM thread_dynamic_tools WHERE thread_id = $t;", new Dictionary<string, object> { ["$t"] = threadId });
            using var insert = Command(connection, transaction, "INSERT INTO thread_dynamic_tools (thread_id, position, tool_json) VALUES ($t, $pos, $json);");
            for (var i = 0; i < toolsJson.Count; i++)
            {
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("$t", threadId);
                insert.Parameters.AddWithValue("$pos", i);
                insert.Parameters.AddWithValue("$json", toolsJson[i]);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }
        catch (SqliteException ex) when (IsStorageFailure(ex))
        {
            throw StorageException.Write(ex, database.Path);
        }
    }

    public IReadOnlyList<string> ReadDynamicTools(string threadId)
    {
        using var connection = database.Open();
        using var command = Command(connection, null, "SELECT tool_json FROM thread_dynamic_tools WHERE thread_id = $t ORDER BY position;");
        command.Parameters.AddWithValue("$t", threadId);
        using var reader = command.ExecuteReader();
        var tools = new List<string>();
        while (reader.Read())
        {
            tools.Add(reader.GetString(0));
        }

        return tools;
    }

    public ThreadGoalRecord? GetGoal(string threadId)
    {
        using var connection = database.Open();
        using var command = Command(connection, null,
            """
            SELECT objective, status, token_budget, tokens_used, time_used_seconds, created_at_ms, updated_at_ms
            FROM thread_goals WHERE thread_id = $t;
            """);
        command.Parameters.AddWithValue("$t", threadId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new ThreadGoalRecord(
            threadId,
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetInt64(2),
            reader.GetInt64(3),
            reader.GetInt64(4),
            reader.GetInt64(5),
            reader.GetInt64(6));
    }

    public void SaveGoal(ThreadGoalRecord goal)
    {
        try
        {
            using var connection = database.Open();

            // Inserting only when the thread exists turns a missing thread into "no row written" instead of a
            // foreign-key failure, so the caller gets the store's usual ThreadNotFoundException.
            using var command = Command(connection, null,
                """
                INSERT OR REPLACE INTO thread_goals
                    (thread_id, objective, status, token_budget, tokens_used, time_used_seconds, created_at_ms, updated_at_ms)
                SELECT $t, $objective, $status, $budget, $used, $seconds, $created, $updated
                WHERE EXISTS (SELECT 1 FROM threads WHERE id = $t);
                """);
            command.Parameters.AddWithValue("$t", goal.ThreadId);
            command.Parameters.AddWithValue("$objective", goal.Objective);
            command.Parameters.AddWithValue("$status", goal.Status);
            command.Parameters.AddWithValue("$budget", goal.TokenBudget is { } budget ? budget : DBNull.Value);
            command.Parameters.AddWithValue("$used", goal.TokensUsed);
            command.Parameters.AddWithValue("$seconds", goal.TimeUsedSeconds);
            command.Parameters.AddWithValue("$created", goal.CreatedAtMs);
            command.Parameters.AddWithValue("$updated", goal.UpdatedAtMs);
            if (command.ExecuteNonQuery() == 0)
            {
                throw new ThreadNotFoundException($"thread {goal.ThreadId} does not exist");
            }
        }
        catch (SqliteException ex) when (IsStorageFailure(ex))
        {
            throw StorageException.Write(ex, database.Path);
        }
    }

    public bool DeleteGoal(string threadId)
    {
        try
        {
            using var connection = database.Open();
            using var command = Command(connection, null, "DELETE FROM thread_goals WHERE thread_id = $t;");
            command.Parameters.AddWithValue("$t", threadId);
            return command.ExecuteNonQuery() > 0;
        }
        catch (SqliteException ex) when (IsStorageFailure(ex))
        {
            throw StorageException.Write(ex, database.Path);
        }
    }

    public TurnRecord? GetTurn(string threadId, string turnId)
    {
        using var connection = database.Open();
        return GetTurn(connection, null, threadId, turnId);
    }

    public IReadOnlyList<TurnRecord> ListTurns(string threadId, long? afterSequence = null, int limit = int.MaxValue, bool descending = false)
    {
        using var connection = database.Open();
        var op = descending ? "<" : ">";
        using var command = Command(connection, null,
            $"SELECT {TurnColumns} FROM turns WHERE thread_id = $t AND ($after IS NULL OR seq {op} $after) " +
            $"ORDER BY seq {(descending ? "DESC" : "ASC")} LIMIT $limit;");
        command.Parameters.AddWithValue("$t", threadId);
        command.Parameters.AddWithValue("$after", (object?)afterSequence ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        return ReadAll(command, ReadTurn);
    }

    public IReadOnlyList<ItemRecord> ListItems(string threadId, string? turnId = null, long? afterSequence = null, int limit = int.MaxValue, bool descending = false)
    {
        using var connection = database.Open();
        var op = descending ? "<" : ">";
        using var command = Command(connection, null,
            $"SELECT {ItemColumns} FROM items WHERE thread_id = $t AND ($turn IS NULL OR turn_id = $turn) " +
            $"AND ($after IS NULL OR seq {op} $after) ORDER BY seq {(descending ? "DESC" : "ASC")} LIMIT $limit;");
        command.Parameters.AddWithValue("$t", threadId);
        command.Parameters.AddWithValue("$turn", (object?)turnId ?? DBNull.Value);
        command.Parameters.AddWithValue("$after", (object?)afterSequence ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        return ReadAll(command, ReadItem);
    }

    public int InterruptUnfinishedTurns(long nowMs)
    {
        try
        {
            using var connection = database.Open();
            return Execute(connection, null,
                "UPDATE turns SET status = 'interrupted', completed_at_ms = coalesce(completed_at_ms, $now) WHERE status = 'inProgress';",
                new Dictionary<string, object> { ["$now"] = nowMs });
        }
        catch (SqliteException ex) when (IsStorageFailure(ex))
        {
            throw StorageException.Write(ex, database.Path);
        }
    }

    public IReadOnlyList<string> ThreadsWithUnfinishedTurns()
    {
        using var connection = database.Open();
        using var command = Command(connection, null, "SELECT DISTINCT thread_id FROM turns WHERE status = 'inProgress';");
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public int InterruptUnfinishedTurns(string threadId, long nowMs)
    {
        try
        {
            using var connection = database.Open();
            return Execute(connection, null,
                "UPDATE turns SET status = 'interrupted', completed_at_ms = coalesce(completed_at_ms, $now) WHERE thread_id = $t AND status = 'inProgress';",
                new Dictionary<string, object> { ["$now"] = nowMs, ["$t"] = threadId });
        }
        catch (SqliteException ex) when (IsStorageFailure(ex))
        {
            throw StorageException.Write(ex, database.Path);
        }
    }

    /// <summary>A failure of the disk or file rather than of our SQL (constraint violations are handled where they occur).</summary>
    private static bool IsStorageFailure(SqliteException ex) => ex.SqliteErrorCode != SQLitePCL.raw.SQLITE_CONSTRAINT;

    private static void InsertThread(SqliteConnection connection, SqliteTransaction? transaction, ThreadRecord t)
    {
        using var command = Command(connection, transaction,
            $"INSERT INTO threads ({ThreadColumns}) VALUES ($id, $forked, $created, $updated, $name, $preview, $materialized, $archived, " +
            "$archivedAt, $cwd, $provider, $model, $effort, $source, $originator, $cli, $sha, $branch, $origin, $settings, $usage);");
        var p = command.Parameters;
        p.AddWithValue("$id", t.Id);
        p.AddWithValue("$forked", Nullable(t.ForkedFromId));
        p.AddWithValue("$created", t.CreatedAtMs);
        p.AddWithValue("$updated", t.UpdatedAtMs);
        p.AddWithValue("$name", Nullable(t.Name));
        p.AddWithValue("$preview", t.Preview);
        p.AddWithValue("$materialized", t.Materialized ? 1 : 0);
        p.AddWithValue("$archived", t.Archived ? 1 : 0);
        p.AddWithValue("$archivedAt", (object?)t.ArchivedAtMs ?? DBNull.Value);
        p.AddWithValue("$cwd", t.Cwd);
        p.AddWithValue("$provider", t.ModelProvider);
        p.AddWithValue("$model", Nullable(t.Model));
        p.AddWithValue("$effort", Nullable(t.ReasoningEffort));
        p.AddWithValue("$source", t.Source);
        p.AddWithValue("$originator", Nullable(t.Originator));
        p.AddWithValue("$cli", t.CliVersion);
        p.AddWithValue("$sha", Nullable(t.GitSha));
        p.AddWithValue("$branch", Nullable(t.GitBranch));
        p.AddWithValue("$origin", Nullable(t.GitOriginUrl));
        p.AddWithValue("$settings", t.SettingsJson);
        p.AddWithValue("$usage", Nullable(t.TokenUsageJson));
        command.ExecuteNonQuery();
    }

    private static bool ApplyPatch(SqliteConnection connection, SqliteTransaction transaction, string threadId, ThreadPatch patch)
    {
        var sets = new List<string>();
        using var command = Command(connection, transaction, "");
        void Set(string column, object? value)
        {
            var name = "$" + column;
            sets.Add($"{column} = {name}");
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        if (patch.Name is { } name)
        {
            Set("name", name.Value);
        }

        if (patch.PreviewIfEmpty is { } preview)
        {
            sets.Add("preview = CASE WHEN preview = '' THEN $preview ELSE preview END");
            command.Parameters.AddWithValue("$preview", preview);
        }

        if (patch.Archived is { } archived)
        {
            Set("archived", archived ? 1 : 0);
            Set("archived_at_ms", archived ? patch.TouchedAtMs ?? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() : null);
        }

        if (patch.Model is { } model)
        {
            Set("model", model);
        }

        if (patch.ModelProvider is { } provider)
        {
            Set("model_provider", provider);
        }

        if (patch.ReasoningEffort is { } effort)
        {
            Set("reasoning_effort", effort.Value);
        }

        if (patch.Cwd is { } cwd)
        {
            Set("cwd", cwd);
        }

        if (patch.GitSha is { } sha)
        {
            Set("git_sha", sha.Value);
        }

        if (patch.GitBranch is { } branch)
        {
            Set("git_branch", branch.Value);
        }

        if (patch.GitOriginUrl is { } origin)
        {
            Set("git_origin_url", origin.Value);
        }

        if (patch.SettingsJson is { } settings)
        {
            Set("settings_json", settings);
        }

        if (patch.TokenUsageJson is { } usage)
        {
            Set("token_usage_json", usage);
        }

        if (patch.TouchedAtMs is { } touched)
        {
            Set("updated_at_ms", touched);
        }

        command.Parameters.AddWithValue("$threadId", threadId);
        command.CommandText = sets.Count == 0
            ? "SELECT count(*) FROM threads WHERE id = $threadId;"
            : $"UPDATE threads SET {string.Join(", ", sets)} WHERE id = $threadId;";
        return sets.Count == 0 ? Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0 : command.ExecuteNonQuery() > 0;
    }

    private static TurnRecord UpsertTurn(SqliteConnection connection, SqliteTransaction transaction, TurnRecord turn)
    {
        var existing = GetTurn(connection, transaction, turn.ThreadId, turn.Id);
        var seq = existing?.Sequence ?? NextSequence(connection, transaction, "turns", turn.ThreadId);
        var saved = turn with { Sequence = seq };
        using var command = Command(connection, transaction,
            $"INSERT INTO turns ({TurnColumns}) VALUES ($t, $id, $seq, $status, $started, $completed, $duration, $error, $root) " +
            "ON CONFLICT (thread_id, id) DO UPDATE SET status = excluded.status, started_at_ms = excluded.started_at_ms, " +
            "completed_at_ms = excluded.completed_at_ms, duration_ms = excluded.duration_ms, error_json = excluded.error_json, " +
            "root_turn_id = excluded.root_turn_id;");
        var p = command.Parameters;
        p.AddWithValue("$t", saved.ThreadId);
        p.AddWithValue("$id", saved.Id);
        p.AddWithValue("$seq", seq);
        p.AddWithValue("$status", saved.Status);
        p.AddWithValue("$started", (object?)saved.StartedAtMs ?? DBNull.Value);
        p.AddWithValue("$completed", (object?)saved.CompletedAtMs ?? DBNull.Value);
        p.AddWithValue("$duration", (object?)saved.DurationMs ?? DBNull.Value);
        p.AddWithValue("$error", Nullable(saved.ErrorJson));
        p.AddWithValue("$root", Nullable(saved.RootTurnId));
        command.ExecuteNonQuery();

        // A thread with a turn is materialized: it appears in thread/list from now on.
        Execute(connection, transaction, "UPDATE threads SET materialized = 1, updated_at_ms = max(updated_at_ms, $now) WHERE id = $t;",
            new Dictionary<string, object> { ["$t"] = saved.ThreadId, ["$now"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
        return saved;
    }

    private static ItemRecord UpsertItem(SqliteConnection connection, SqliteTransaction transaction, ItemRecord item)
    {
        long seq;
        using (var find = Command(connection, transaction, "SELECT seq FROM items WHERE thread_id = $t AND id = $id;"))
        {
            find.Parameters.AddWithValue("$t", item.ThreadId);
            find.Parameters.AddWithValue("$id", item.Id);
            seq = find.ExecuteScalar() is long existing ? existing : NextSequence(connection, transaction, "items", item.ThreadId);
        }

        using var command = Command(connection, transaction,
            $"INSERT INTO items ({ItemColumns}) VALUES ($t, $turn, $id, $seq, $type, $json, $started, $completed) " +
            "ON CONFLICT (thread_id, id) DO UPDATE SET turn_id = excluded.turn_id, item_type = excluded.item_type, " +
            "item_json = excluded.item_json, started_at_ms = coalesce(excluded.started_at_ms, items.started_at_ms), " +
            "completed_at_ms = excluded.completed_at_ms;");
        var p = command.Parameters;
        p.AddWithValue("$t", item.ThreadId);
        p.AddWithValue("$turn", item.TurnId);
        p.AddWithValue("$id", item.Id);
        p.AddWithValue("$seq", seq);
        p.AddWithValue("$type", item.ItemType);
        p.AddWithValue("$json", item.ItemJson);
        p.AddWithValue("$started", (object?)item.StartedAtMs ?? DBNull.Value);
        p.AddWithValue("$completed", (object?)item.CompletedAtMs ?? DBNull.Value);
        try
        {
            command.ExecuteNonQuery();
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            throw new ThreadNotFoundException($"no turn {item.TurnId} in thread {item.ThreadId}");
        }

        return item with { Sequence = seq };
    }

    private static void AppendHistory(SqliteConnection connection, SqliteTransaction transaction, string threadId, string? turnId, IReadOnlyList<string> itemsJson)
    {
        var seq = NextSequence(connection, transaction, "history", threadId);
        using var insert = Command(connection, transaction, "INSERT INTO history (thread_id, seq, turn_id, item_json) VALUES ($t, $seq, $turn, $json);");
        foreach (var json in itemsJson)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$t", threadId);
            insert.Parameters.AddWithValue("$seq", seq++);
            insert.Parameters.AddWithValue("$turn", Nullable(turnId));
            insert.Parameters.AddWithValue("$json", json);
            try
            {
                insert.ExecuteNonQuery();
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
            {
                throw new ThreadNotFoundException($"no thread {threadId}");
            }
        }
    }

    private static long NextSequence(SqliteConnection connection, SqliteTransaction transaction, string table, string threadId)
    {
        using var command = Command(connection, transaction, $"SELECT coalesce(max(seq) + 1, 0) FROM {table} WHERE thread_id = $t;");
        command.Parameters.AddWithValue("$t", threadId);
        return (long)command.ExecuteScalar()!;
    }

    private static ThreadRecord? GetThread(SqliteConnection connection, SqliteTransaction? transaction, string threadId)
    {
        using var command = Command(connection, transaction, $"SELECT {ThreadColumns} FROM threads WHERE id = $id;");
        command.Parameters.AddWithValue("$id", threadId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadThread(reader) : null;
    }

    private static TurnRecord? GetTurn(SqliteConnection connection, SqliteTransaction? transaction, string threadId, string turnId)
    {
        using var command = Command(connection, transaction, $"SELECT {TurnColumns} FROM turns WHERE thread_id = $t AND id = $id;");
        command.Parameters.AddWithValue("$t", threadId);
        command.Parameters.AddWithValue("$id", turnId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadTurn(reader) : null;
    }

    private static ThreadRecord ReadThread(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        ForkedFromId = NullableString(r, 1),
        CreatedAtMs = r.GetInt64(2),
        UpdatedAtMs = r.GetInt64(3),
        Name = NullableString(r, 4),
        Preview = r.GetString(5),
        Materialized = r.GetInt64(6) != 0,
        Archived = r.GetInt64(7) != 0,
        ArchivedAtMs = r.IsDBNull(8) ? null : r.GetInt64(8),
        Cwd = r.GetString(9),
        ModelProvider = r.GetString(10),
        Model = NullableString(r, 11),
        ReasoningEffort = NullableString(r, 12),
        Source = r.GetString(13),
        Originator = NullableString(r, 14),
        CliVersion = r.GetString(15),
        GitSha = NullableString(r, 16),
        GitBranch = NullableString(r, 17),
        GitOriginUrl = NullableString(r, 18),
        SettingsJson = r.GetString(19),
        TokenUsageJson = NullableString(r, 20),
    };

    private static TurnRecord ReadTurn(SqliteDataReader r) => new()
    {
        ThreadId = r.GetString(0),
        Id = r.GetString(1),
        Sequence = r.GetInt64(2),
        Status = r.GetString(3),
        StartedAtMs = r.IsDBNull(4) ? null : r.GetInt64(4),
        CompletedAtMs = r.IsDBNull(5) ? null : r.GetInt64(5),
        DurationMs = r.IsDBNull(6) ? null : r.GetInt64(6),
        ErrorJson = NullableString(r, 7),
        RootTurnId = NullableString(r, 8),
    };

    private static ItemRecord ReadItem(SqliteDataReader r) => new()
    {
        ThreadId = r.GetString(0),
        TurnId = r.GetString(1),
        Id = r.GetString(2),
        Sequence = r.GetInt64(3),
        ItemType = r.GetString(4),
        ItemJson = r.GetString(5),
        StartedAtMs = r.IsDBNull(6) ? null : r.GetInt64(6),
        CompletedAtMs = r.IsDBNull(7) ? null : r.GetInt64(7),
    };

    private static void AppendIn(StringBuilder sql, SqliteCommand command, string column, string name, IReadOnlyList<string>? values, bool prefix = true)
    {
        if (values is not { Count: > 0 })
        {
            return;
        }

        sql.Append(prefix ? $" AND {column} IN (" : $" {column} IN (");
        for (var i = 0; i < values.Count; i++)
        {
            var parameter = $"${name}{i}";
            sql.Append(i == 0 ? parameter : "," + parameter);
            command.Parameters.AddWithValue(parameter, values[i]);
        }

        sql.Append(')');
    }

    private static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, IReadOnlyDictionary<string, object> parameters)
    {
        using var command = Command(connection, transaction, sql);
        foreach (var (key, value) in parameters)
        {
            command.Parameters.AddWithValue(key, value);
        }

        return command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql, IReadOnlyDictionary<string, object> parameters)
    {
        using var command = Command(connection, transaction, sql);
        foreach (var (key, value) in parameters)
        {
            command.Parameters.AddWithValue(key, value);
        }

        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static object Nullable(string? value) => (object?)value ?? DBNull.Value;

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>Runs a query and maps every row.</summary>
    private static List<T> ReadAll<T>(SqliteCommand command, Func<SqliteDataReader, T> read)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
