using System.Text.Json;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Initialize;

/// <summary>Client-declared capabilities negotiated during initialize.</summary>
public sealed class InitializeCapabilities
{
    /// <summary>Opt into receiving experimental API methods and fields.</summary>
    [JsonPropertyName("experimentalApi")]
    public bool ExperimentalApi { get; init; }

    /// <summary>Exact notification method names that should be suppressed for this connection.</summary>
    [JsonPropertyName("optOutNotificationMethods")]
    public IReadOnlyList<string>? OptOutNotificationMethods { get; init; }

    /// <summary>Opt into <c>attestation/generate</c> requests.</summary>
    [JsonPropertyName("requestAttestation")]
    public bool RequestAttestation { get; init; }

    /// <summary>Use explicit gateway OAuth login instead of automatic browser authorization.</summary>
    [JsonPropertyName("explicitGatewayOauth")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool ExplicitGatewayOauth { get; init; }

    /// <summary>Legacy opt-in for the <c>openai/form</c> MCP extension.</summary>
    [JsonPropertyName("mcpServerOpenaiFormElicitation")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool McpServerOpenaiFormElicitation { get; init; }

    /// <summary>Present <c>humanCommand</c> approvals to a person. Requires <c>experimentalApi</c>.</summary>
    [JsonPropertyName("requiredHumanApproval")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool RequiredHumanApproval { get; init; }

    /// <summary>MCP extension settings declared by the client.</summary>
    [JsonPropertyName("extensions")]
    public Dictionary<string, JsonElement>? Extensions { get; init; }
}
