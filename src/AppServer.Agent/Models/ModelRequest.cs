using System.Text.Json;

namespace AppServer.Agent.Models;

/// <summary>Everything one sampling request sends upstream; the wire clients turn it into a body.</summary>
public sealed class ModelRequest
{
    public required string Model { get; init; }

    /// <summary>The full history, each entry one Responses-API item as JSON.</summary>
    public required IReadOnlyList<string> Input { get; init; }

    /// <summary>Tool specs as Responses-API JSON objects.</summary>
    public IReadOnlyList<string> Tools { get; init; } = [];

    /// <summary>Reasoning effort, or null to let the model decide.</summary>
    public string? ReasoningEffort { get; init; }

    /// <summary>Reasoning summary mode, or null to send none.</summary>
    public string? ReasoningSummary { get; init; }

    /// <summary>Whether to send a <c>reasoning</c> object (and ask for encrypted reasoning content).</summary>
    public bool SupportsReasoning { get; init; } = true;

    /// <summary><c>text.verbosity</c>, when the model supports it.</summary>
    public string? Verbosity { get; init; }

    /// <summary>JSON Schema for the final message (<c>text.format</c>), for one turn.</summary>
    public JsonElement? OutputSchema { get; init; }

    /// <summary><c>prompt_cache_key</c>: the thread id.</summary>
    public required string PromptCacheKey { get; init; }

    /// <summary><c>client_metadata</c> entries, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ClientMetadata { get; init; } = [];

    /// <summary>Extra request headers (session-id, originator, user-agent, ...).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];
}
