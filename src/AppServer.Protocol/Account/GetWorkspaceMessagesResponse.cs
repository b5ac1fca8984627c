using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Result of <c>account/workspaceMessages/read</c>.</summary>
public sealed class GetWorkspaceMessagesResponse
{
    /// <summary>Whether the workspace-message backend route is available for this client.</summary>
    [JsonPropertyName("featureEnabled")]
    public required bool FeatureEnabled { get; init; }

    /// <summary>Active workspace messages.</summary>
    [JsonPropertyName("messages")]
    public required IReadOnlyList<WorkspaceMessage> Messages { get; init; }
}
