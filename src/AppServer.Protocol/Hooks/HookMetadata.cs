using System.Text.Json.Serialization;

namespace AppServer.Protocol.Hooks;

/// <summary>
/// One configured hook handler. The handler fields depend on <see cref="HandlerType"/>: <c>command</c> hooks
/// carry <see cref="Command"/> and <see cref="Async"/>, <c>mcpTool</c> hooks <see cref="Server"/> and
/// <see cref="Tool"/>; fields of other kinds are left out, like the reference's flattened union.
/// </summary>
public sealed class HookMetadata
{
    /// <summary>Stable key: <c>{sourcePath}:{event}:{group}:{handler}</c>.</summary>
    [JsonPropertyName("key")]
    public required string Key { get; init; }

    /// <summary>The event it runs on.</summary>
    [JsonPropertyName("eventName")]
    public required HookEventName EventName { get; init; }

    /// <summary><c>command</c>, <c>mcpTool</c>, <c>prompt</c> or <c>agent</c>.</summary>
    [JsonPropertyName("handlerType")]
    public required string HandlerType { get; init; }

    /// <summary>Shell command (command hooks).</summary>
    [JsonPropertyName("command")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Command { get; init; }

    /// <summary>Runs in the background (command hooks).</summary>
    [JsonPropertyName("async")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Async { get; init; }

    /// <summary>MCP server (mcpTool hooks).</summary>
    [JsonPropertyName("server")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Server { get; init; }

    /// <summary>MCP tool (mcpTool hooks).</summary>
    [JsonPropertyName("tool")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Tool { get; init; }

    /// <summary>Tool-name pattern the hook applies to, or null for all.</summary>
    [JsonPropertyName("matcher")]
    public string? Matcher { get; init; }

    /// <summary>Timeout in seconds (default 600).</summary>
    [JsonPropertyName("timeoutSec")]
    public required ulong TimeoutSec { get; init; }

    /// <summary>Message a client shows while the hook runs.</summary>
    [JsonPropertyName("statusMessage")]
    public string? StatusMessage { get; init; }

    /// <summary>Configured <c>additionalContext</c> spill threshold.</summary>
    [JsonPropertyName("additionalContextLimit")]
    public ulong? AdditionalContextLimit { get; init; }

    /// <summary>The file that defines it.</summary>
    [JsonPropertyName("sourcePath")]
    public required string SourcePath { get; init; }

    /// <summary>The layer that defines it.</summary>
    [JsonPropertyName("source")]
    public required HookSource Source { get; init; }

    /// <summary>The plugin that bundles it, if any.</summary>
    [JsonPropertyName("pluginId")]
    public string? PluginId { get; init; }

    /// <summary>The execution environment that requires it, if any.</summary>
    [JsonPropertyName("environmentId")]
    public string? EnvironmentId { get; init; }

    /// <summary>Position in the overall list.</summary>
    [JsonPropertyName("displayOrder")]
    public required long DisplayOrder { get; init; }

    /// <summary>False when disabled in config.</summary>
    [JsonPropertyName("enabled")]
    public required bool Enabled { get; init; }

    /// <summary>True for administrator-managed hooks.</summary>
    [JsonPropertyName("isManaged")]
    public required bool IsManaged { get; init; }

    /// <summary><c>sha256:</c> hash of the hook's definition (what trust is granted to).</summary>
    [JsonPropertyName("currentHash")]
    public required string CurrentHash { get; init; }

    /// <summary>Whether it may run.</summary>
    [JsonPropertyName("trustStatus")]
    public required HookTrustStatus TrustStatus { get; init; }
}
