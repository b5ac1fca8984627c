using System.Text.Json.Serialization;

namespace AppServer.Protocol.Skills;

/// <summary>One dependency of a skill, as written in <c>agents/openai.yaml</c>.</summary>
public sealed class SkillToolDependency
{
    /// <summary>Kind, e.g. <c>env_var</c> or <c>mcp</c>.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>What is needed (variable name, server name...).</summary>
    [JsonPropertyName("value")]
    public required string Value { get; init; }

    /// <summary>Why it is needed.</summary>
    [JsonPropertyName("description")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }

    /// <summary>MCP transport, when relevant.</summary>
    [JsonPropertyName("transport")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Transport { get; init; }

    /// <summary>Command to start it, when relevant.</summary>
    [JsonPropertyName("command")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Command { get; init; }

    /// <summary>URL, when relevant.</summary>
    [JsonPropertyName("url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; init; }
}
