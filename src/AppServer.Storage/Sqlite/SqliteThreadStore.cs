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

    public void CreateThread(ThreadRecord thread) => database.Write(connection => InsertThread(connection, null, thread));

    public ThreadRecord? GetThread(string threadId)
    {
        using var connection = database.Open();
        return GetThread(connection, null, threadId);
    }

    public ThreadRecord? UpdateThread(string threadId, ThreadPatch patch) => database.Write(connection =>
    {
        using var transaction = connection.BeginTransaction();
        if (!ApplyPatch(connection, transaction, threadId, patch))
        {
            return null;
        }

        var updated = GetThread(connection, transaction, threadId);
        transaction.Commit();
        return updated;
    });

    public bool DeleteThread(string threadId) => database.Write(connection =>
    {
        using var command = Sql.Command(connection, null, "DELETE FROM threads WHERE id = $id;");
        command.Parameters.AddWithValue("$id", threadId);
        return command.ExecuteNonQuery() > 0;
    });

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

    public ThreadRecord ForkThread(string sourceThreadId, ThreadRecord fork, string? lastTurnId) => database.Write(connection =>
    {
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
        var copiedTurns = Sql.Execute(connection, transaction,
            $"INSERT INTO turns ({TurnColumns}) SELECT $dst, id, seq, status, started_at_ms, completed_at_ms, duration_ms, error_json, root_turn_id " +
            "FROM turns WHERE thread_id = $src AND seq <= $max;", parameters);
        Sql.Execute(connection, transaction,
            $"INSERT INTO items ({ItemColumns}) SELECT $dst, i.turn_id, i.id, i.seq, i.item_type, i.item_json, i.started_at_ms, i.completed_at_ms " +
            "FROM items i JOIN turns t ON t.thread_id = i.thread_id AND t.id = i.turn_id WHERE i.thread_id = $src AND t.seq <= $max;", parameters);
        // History up to the last entry written by a copied turn (everything when forking the whole thread).
        var historyLimit = lastTurnId is null
            ? long.MaxValue
            : Sql.Scalar(connection, transaction,
                "SELECT coalesce(max(h.seq), -1) FROM history h JOIN turns t ON t.thread_id = h.thread_id AND t.id = h.turn_id " +
                "WHERE h.thread_id = $src AND t.seq <= $max;", parameters);
        parameters["$historyMax"] = historyLimit;
        Sql.Execute(connection, transaction,
            "INSERT INTO history (thread_id, seq, turn_id, item_json) SELECT $dst, seq, turn_id, item_json FROM history " +
            "WHERE thread_id = $src AND seq <= $historyMax;", parameters);
        if (copiedTurns > 0)
        {
            Sql.Execute(connection, transaction, "UPDATE threads SET materialized = 1 WHERE id = $dst;", parameters);
        }

        var created = GetThread(connection, transaction, fork.Id)!;
        transaction.Commit();
        return created;
    });

    public TurnRecord? Commit(ThreadWrite write) => database.Write(connection =>
    {
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
            SqliteHistoryStore.Append(connection, transaction, thread.Id, savedTurn?.Id, write.History);
        }

        if (write.Patch is { } patch)
        {
            ApplyPatch(connection, transaction, thread.Id, patch);
        }

        transaction.Commit();
        return savedTurn;
    });

    public TurnRecord SaveTurn(TurnRecord turn) => Commit(new ThreadWrite { ThreadId = turn.ThreadId, Turn = turn })!;

    public ItemRecord SaveItem(ItemRecord item) => database.Write(connection =>
    {
        using var transaction = connection.BeginTransaction();
        var saved = UpsertItem(connection, transaction, item);
        transaction.Commit();
        return saved;
    });

    public TurnRecord? GetTurn(string threadId, string turnId)
    {
        using var connection = database.Open();
        return GetTurn(connection, null, threadId, turnId);
    }

    public IReadOnlyList<TurnRecord> ListTurns(string threadId, long? afterSequence = null, int limit = int.MaxValue, bool descending = false)
    {
        using var connection = database.Open();
        var op = descending ? "<" : ">";
        using var command = Sql.Command(connection, null,
            $"SELECT {TurnColumns} FROM turns WHERE thread_id = $t AND ($after IS NULL OR seq {op} $after) " +
            $"ORDER BY seq {(descending ? "DESC" : "ASC")} LIMIT $limit;");
        command.Parameters.AddWithValue("$t", threadId);
        command.Parameters.AddWithValue("$after", (object?)afterSequence ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        return Sql.ReadAll(command, ReadTurn);
    }

    public IReadOnlyList<ItemRecord> ListItems(string threadId, string? turnId = null, long? afterSequence = null, int limit = int.MaxValue, bool descending = false)
    {
        using var connection = database.Open();
        var op = descending ? "<" : ">";
        using var command = Sql.Command(connection, null,
            $"SELECT {ItemColumns} FROM items WHERE thread_id = $t AND ($turn IS NULL OR turn_id = $turn) " +
            $"AND ($after IS NULL OR seq {op} $after) ORDER BY seq {(descending ? "DESC" : "ASC")} LIMIT $limit;");
        command.Parameters.AddWithValue("$t", threadId);
        command.Parameters.AddWithValue("$turn", (object?)turnId ?? DBNull.Value);
        command.Parameters.AddWithValue("$after", (object?)afterSequence ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        return Sql.ReadAll(command, ReadItem);
    }

    public int InterruptUnfinishedTurns(long nowMs) => database.Write(connection => Sql.Execute(connection, null,
        "UPDATE turns SET status = 'interrupted', completed_at_ms = coalesce(completed_at_ms, $now) WHERE status = 'inProgress';",
        new Dictionary<string, object> { ["$now"] = nowMs }));

    public IReadOnlyList<string> ThreadsWithUnfinishedTurns()
    {
        using var connection = database.Open();
        using var command = Sql.Command(connection, null, "SELECT DISTINCT thread_id FROM turns WHERE status = 'inProgress';");
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public int InterruptUnfinishedTurns(string threadId, long nowMs) => database.Write(connection => Sql.Execute(connection, null,
        "UPDATE turns SET status = 'interrupted', completed_at_ms = coalesce(completed_at_ms, $now) WHERE thread_id = $t AND status = 'inProgress';",
        new Dictionary<string, object> { ["$now"] = nowMs, ["$t"] = threadId }));

    private static void InsertThread(SqliteConnection connection, SqliteTransaction? transaction, ThreadRecord t)
    {
        using var command = Sql.Command(connection, transaction,
            $"INSERT INTO threads ({ThreadColumns}) VALUES ($id, $forked, $created, $updated, $name, $preview, $materialized, $archived, " +
            "$archivedAt, $cwd, $provider, $model, $effort, $source, $originator, $cli, $sha, $branch, $origin, $settings, $usage);");
        var p = command.Parameters;
        p.AddWithValue("$id", t.Id);
        p.AddWithValue("$forked", Sql.Nullable(t.ForkedFromId));
        p.AddWithValue("$created", t.CreatedAtMs);
        p.AddWithValue("$updated", t.UpdatedAtMs);
        p.AddWithValue("$name", Sql.Nullable(t.Name));
        p.AddWithValue("$preview", t.Preview);
        p.AddWithValue("$materialized", t.Materialized ? 1 : 0);
        p.AddWithValue("$archived", t.Archived ? 1 : 0);
        p.AddWithValue("$archivedAt", (object?)t.ArchivedAtMs ?? DBNull.Value);
        p.AddWithValue("$cwd", t.Cwd);
        p.AddWithValue("$provider", t.ModelProvider);
        p.AddWithValue("$model", Sql.Nullable(t.Model));
        p.AddWithValue("$effort", Sql.Nullable(t.ReasoningEffort));
        p.AddWithValue("$source", t.Source);
        p.AddWithValue("$originator", Sql.Nullable(t.Originator));
        p.AddWithValue("$cli", t.CliVersion);
        p.AddWithValue("$sha", Sql.Nullable(t.GitSha));
        p.AddWithValue("$branch", Sql.Nullable(t.GitBranch));
        p.AddWithValue("$origin", Sql.Nullable(t.GitOriginUrl));
        p.AddWithValue("$settings", t.SettingsJson);
        p.AddWithValue("$usage", Sql.Nullable(t.TokenUsageJson));
        command.ExecuteNonQuery();
    }

    private static bool ApplyPatch(SqliteConnection connection, SqliteTransaction transaction, string threadId, ThreadPatch patch)
    {
        var sets = new List<string>();
        using var command = Sql.Command(connection, transaction, "");
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
        var seq = existing?.Sequence ?? Sql.NextSequence(connection, transaction, "turns", turn.ThreadId);
        var saved = turn with { Sequence = seq };
        using var command = Sql.Command(connection, transaction,
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
        p.AddWithValue("$error", Sql.Nullable(saved.ErrorJson));
        p.AddWithValue("$root", Sql.Nullable(saved.RootTurnId));
        command.ExecuteNonQuery();

        // A thread with a turn is materialized: it appears in thread/list from now on.
        Sql.Execute(connection, transaction, "UPDATE threads SET materialized = 1, updated_at_ms = max(updated_at_ms, $now) WHERE id = $t;",
            new Dictionary<string, object> { ["$t"] = saved.ThreadId, ["$now"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
        return saved;
    }

    private static ItemRecord UpsertItem(SqliteConnection connection, SqliteTransaction transaction, ItemRecord item)
    {
        long seq;
        using (var find = Sql.Command(connection, transaction, "SELECT seq FROM items WHERE thread_id = $t AND id = $id;"))
        {
            find.Parameters.AddWithValue("$t", item.ThreadId);
            find.Parameters.AddWithValue("$id", item.Id);
            seq = find.ExecuteScalar() is long existing ? existing : Sql.NextSequence(connection, transaction, "items", item.ThreadId);
        }

        using var command = Sql.Command(connection, transaction,
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

    private static ThreadRecord? GetThread(SqliteConnection connection, SqliteTransaction? transaction, string threadId)
    {
        using var command = Sql.Command(connection, transaction, $"SELECT {ThreadColumns} FROM threads WHERE id = $id;");
        command.Parameters.AddWithValue("$id", threadId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadThread(reader) : null;
    }

    private static TurnRecord? GetTurn(SqliteConnection connection, SqliteTransaction? transaction, string threadId, string turnId)
    {
        using var command = Sql.Command(connection, transaction, $"SELECT {TurnColumns} FROM turns WHERE thread_id = $t AND id = $id;");
        command.Parameters.AddWithValue("$t", threadId);
        command.Parameters.AddWithValue("$id", turnId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadTurn(reader) : null;
    }

    private static ThreadRecord ReadThread(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        ForkedFromId = Sql.NullableString(r, 1),
        CreatedAtMs = r.GetInt64(2),
        UpdatedAtMs = r.GetInt64(3),
        Name = Sql.NullableString(r, 4),
        Preview = r.GetString(5),
        Materialized = r.GetInt64(6) != 0,
        Archived = r.GetInt64(7) != 0,
        ArchivedAtMs = r.IsDBNull(8) ? null : r.GetInt64(8),
        Cwd = r.GetString(9),
        ModelProvider = r.GetString(10),
        Model = Sql.NullableString(r, 11),
        ReasoningEffort = Sql.NullableString(r, 12),
        Source = r.GetString(13),
        Originator = Sql.NullableString(r, 14),
        CliVersion = r.GetString(15),
        GitSha = Sql.NullableString(r, 16),
        GitBranch = Sql.NullableString(r, 17),
        GitOriginUrl = Sql.NullableString(r, 18),
        SettingsJson = r.GetString(19),
        TokenUsageJson = Sql.NullableString(r, 20),
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
        ErrorJson = Sql.NullableString(r, 7),
        RootTurnId = Sql.NullableString(r, 8),
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
}
