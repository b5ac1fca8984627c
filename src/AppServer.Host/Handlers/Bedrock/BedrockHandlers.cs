using AppServer.Config;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Bedrock;
using AppServer.Protocol.Methods;

namespace AppServer.Host.Handlers;

/// <summary>
/// <c>account/bedrock/checkGovCloudRequirements</c>: whether the active provider is Amazon Bedrock in an AWS GovCloud
/// region (<c>us-gov-*</c>, from <c>AWS_REGION</c>/<c>AWS_DEFAULT_REGION</c>), and whether to warn because no
/// administrator requirements are in force there. Any other provider is "not applicable": both false.
/// </summary>
internal sealed class BedrockHandlers(ConfigService config) : IMethodHandlers
{
    public void Register(HandlerMap map)
        => map.Add<BedrockCheckGovCloudRequirementsParams, BedrockCheckGovCloudRequirementsResponse>(BedrockMethods.CheckGovCloudRequirements, Check);

    private Task<BedrockCheckGovCloudRequirementsResponse> Check(BedrockCheckGovCloudRequirementsParams request, RequestContext context)
    {
        var snapshot = config.Load();
        var region = Environment.GetEnvironmentVariable("AWS_REGION") ?? Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION");
        var isGovCloud = snapshot.Effective.ModelProviderId == "amazon-bedrock"
            && region is not null
            && region.StartsWith("us-gov-", StringComparison.OrdinalIgnoreCase);
        return Task.FromResult(new BedrockCheckGovCloudRequirementsResponse
        {
            IsGovCloud = isGovCloud,
            ShouldWarn = isGovCloud && snapshot.Requirements is null,
        });
    }
}
