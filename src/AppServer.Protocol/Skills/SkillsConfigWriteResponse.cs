using System.Text.Json.Serialization;

namespace AppServer.Protocol.Skills;

/// <summary>Result of <c>skills/config/write</c>.</summary>
public sealed class SkillsConfigWriteResponse
{
    /// <summary>The state now in force for the selector.</summary>
    [JsonPropertyName("effectiveEnabled")]
    public required bool EffectiveEnabled { get; init; }
}
