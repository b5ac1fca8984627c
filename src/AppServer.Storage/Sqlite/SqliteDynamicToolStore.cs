using AppServer.Storage.Threads;

namespace AppServer.Storage.Sqlite;

/// <summary><see cref="IDynamicToolStore"/> on the <c>thread_dynamic_tools</c> table.</summary>
public sealed class SqliteDynamicToolStore(SqliteDatabase database) : IDynamicToolStore
{
    private static readonly ThreadOrderedRows<string> Tools = new(
        "thread_dynamic_tools",
        "INSERT INTO thread_dynamic_tools (thread_id, position, tool_json) VALUES ($t, $pos, $json);",
        "SELECT tool_json FROM thread_dynamic_tools WHERE thread_id = $t ORDER BY position;",
        (p, position, json) =>
        {
            p.AddWithValue("$pos", position);
            p.AddWithValue("$json", json);
        },
        r => r.GetString(0));

    public void SaveDynamicTools(string threadId, IReadOnlyList<string> toolsJson) => Tools.Replace(database, threadId, toolsJson);

    public IReadOnlyList<string> ReadDynamicTools(string threadId) => Tools.Read(database, threadId);
}
