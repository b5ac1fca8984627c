namespace AppServer.Protocol.Bedrock;

/// <summary>Params of <c>account/bedrock/checkGovCloudRequirements</c> (empty).</summary>
public sealed class BedrockCheckGovCloudRequirementsParams
{
}
