namespace AppServer.Storage.Threads;

/// <summary>Durable dynamic tools declared by the client for a thread (deleted with the thread).</summary>
public interface IDynamicToolStore
{
    /// <summary>Replaces the dynamic tools declared for a thread (each one JSON object, in declaration order).</summary>
    void SaveDynamicTools(string threadId, IReadOnlyList<string> toolsJson);

    /// <summary>The dynamic tools declared for a thread, in declaration order (empty when none).</summary>
    IReadOnlyList<string> ReadDynamicTools(string threadId);
}
