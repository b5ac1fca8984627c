using AppServer.Protocol.Errors;

namespace AppServer.Core.Threads;

/// <summary>
/// A thread request the client got wrong (unknown id, bad state): a -32600 error whose message uses the
/// reference's wording.
/// </summary>
public sealed class ThreadRequestException(string message) : RpcException(ErrorCodes.InvalidRequest, message)
{
    public static ThreadRequestException NotLoaded(string id) => new($"thread not loaded: {id}");

    public static ThreadRequestException NoRollout(string id) => new($"no rollout found for thread id {id}");

    public static ThreadRequestException NoArchivedRollout(string id) => new($"no archived rollout found for thread id {id}");

    /// <summary>Another process (a second server on the same home) is writing the thread.</summary>
    public static ThreadRequestException ActiveWriter(string id) => new($"thread {id} already has an active writer");

    public static ThreadRequestException InvalidCursor(string cursor) => new($"invalid cursor: {cursor}");
}
