using System.Text.Json.Nodes;

namespace AppServer.Config.Writing;

/// <summary>How a written table combines with what is already there.</summary>
public enum ConfigMergeStrategy
{
    /// <summary>The value replaces the existing one entirely (a table loses keys not in the new value).</summary>
    Replace,

    /// <summary>Tables are deep-merged; other values replace.</summary>
    Upsert,
}

/// <summary>One edit of the user config: set <see cref="KeyPath"/> to <see cref="Value"/> (null deletes it).</summary>
public sealed record ConfigEdit(string KeyPath, JsonNode? Value, ConfigMergeStrategy MergeStrategy);
