using System.Text.Json.Serialization;

namespace AppServer.Protocol.Hooks;

/// <summary>The hooks configured for one cwd.</summary>
public sealed class HooksListEntry
{
    /// <summary>The cwd, as requested.</summary>
    [JsonPropertyName("cwd")]
    public required string Cwd { get; init; }

    /// <summary>The hooks, in the order they are configured (lowest layer first).</summary>
    [JsonPropertyName("hooks")]
    public required IReadOnlyList<HookMetadata> Hooks { get; init; }

    /// <summary>Non-fatal problems (e.g. both <c>hooks.json</c> and inline hooks in one layer).</summary>
    [JsonPropertyName("warnings")]
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Hook definitions that could not be read.</summary>
    [JsonPropertyName("errors")]
    public required IReadOnlyList<HookErrorInfo> Errors { get; init; }
}
