using System.Text.Json.Serialization;

namespace AppServer.Protocol.Bedrock;

/// <summary>Result of <c>account/bedrock/checkGovCloudRequirements</c>.</summary>
public sealed class BedrockCheckGovCloudRequirementsResponse
{
    /// <summary>Whether the active Bedrock configuration resolves to a GovCloud region.</summary>
    [JsonPropertyName("isGovCloud")]
    public required bool IsGovCloud { get; init; }

    /// <summary>Whether GovCloud is selected while the managed requirements miss the baseline.</summary>
    [JsonPropertyName("shouldWarn")]
    public required bool ShouldWarn { get; init; }
}
