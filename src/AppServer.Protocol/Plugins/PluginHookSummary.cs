using System.Text.Json.Serialization;
using AppServer.Protocol.Hooks;

namespace AppServer.Protocol.Plugins;

/// <summary>A hook a plugin bundles.</summary>
public sealed class PluginHookSummary
{
    /// <summary>Hook key.</summary>
    [JsonPropertyName("key")]
    public required string Key { get; init; }

    /// <summary>Event it runs on.</summary>
    [JsonPropertyName("eventName")]
    public required HookEventName EventName { get; init; }
}
