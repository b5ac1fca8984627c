using System.Text.Json;
using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Params of <c>thread/metadata/update</c>.</summary>
public sealed class ThreadMetadataUpdateParams
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Git metadata patch.</summary>
    [JsonPropertyName("gitInfo")]
    public ThreadMetadataGitInfoUpdateParams? GitInfo { get; init; }

    /// <summary>[Experimental] Save the client's Daybreak choice for this persistent thread. Omitted or null leaves it unchanged. This does not select a turn's cyberAccessProgram or Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/metadata/update.daybreakEnabled")]
    [JsonPropertyName("daybreakEnabled")]
    [WireShape("bool?")]
    public JsonElement? DaybreakEnabled { get; init; }

    /// <summary>[Experimental] Omit to leave the project unchanged, use an empty string to clear it, or provide an existing project ID to assign it. Accepted from experimental clients; not acted on by this server.</summary>
    [ExperimentalApi("thread/metadata/update.projectId")]
    [JsonPropertyName("projectId")]
    [WireShape("string?")]
    public JsonElement? ProjectId { get; init; }
}
