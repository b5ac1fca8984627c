using AppServer.Protocol.Bedrock;

namespace AppServer.Protocol.Methods;

/// <summary>Amazon Bedrock account checks (experimental).</summary>
public static class BedrockMethods
{
    /// <summary><c>account/bedrock/checkGovCloudRequirements</c>.</summary>
    public static readonly MethodDescriptor CheckGovCloudRequirements =
        MethodDescriptor.Create<BedrockCheckGovCloudRequirementsParams, BedrockCheckGovCloudRequirementsResponse>(
            "account/bedrock/checkGovCloudRequirements", experimental: true);

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [CheckGovCloudRequirements];
}
