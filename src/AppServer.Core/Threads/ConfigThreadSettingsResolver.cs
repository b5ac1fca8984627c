using System.Text.Json;
using System.Text.Json.Nodes;
using AppServer.Config;

namespace AppServer.Core.Threads;

/// <summary>
/// Settings from the effective configuration: request overrides, then the thread's previous settings, then
/// <c>config.toml</c> (model, provider, approval policy, sandbox, effort, instructions) for the thread's cwd
/// with its <c>config</c> overrides, then the reference's built-in defaults.
/// </summary>
public sealed class ConfigThreadSettingsResolver(ConfigService config) : IThreadSettingsResolver
{
    public ThreadSettings Resolve(ThreadSettingsOverrides overrides, ThreadSettings? previous, string serverCwd)
    {
        var cwd = overrides.Cwd ?? previous?.Cwd ?? serverCwd;
        var configOverrides = overrides.ConfigOverridesJson ?? previous?.ConfigOverridesJson;
        var effective = config.Load(cwd, string.IsNullOrWhiteSpace(configOverrides) ? null : JsonNode.Parse(configOverrides) as JsonObject).Effective;
        var approval = effective.ApprovalPolicy == "granular" && effective.GranularApprovalPolicy is { } granular
            ? new JsonObject { ["granular"] = granular.DeepClone() }.ToJsonString()
            : JsonSerializer.Serialize(effective.ApprovalPolicy);
        return new ThreadSettings
        {
            Model = overrides.Model ?? previous?.Model ?? effective.Model ?? DefaultThreadSettingsResolver.DefaultModel,
            ModelProvider = overrides.ModelProvider ?? previous?.ModelProvider ?? effective.ModelProviderId,
            ReasoningEffort = previous?.ReasoningEffort ?? effective.ModelReasoningEffort,
            ServiceTier = overrides.ServiceTier ?? previous?.ServiceTier ?? effective.ServiceTier,
            Cwd = cwd,
            ApprovalPolicyJson = overrides.ApprovalPolicyJson ?? previous?.ApprovalPolicyJson ?? approval,
            SandboxMode = overrides.SandboxMode ?? previous?.SandboxMode ?? effective.SandboxMode,
            ApprovalsReviewer = overrides.ApprovalsReviewer ?? previous?.ApprovalsReviewer ?? "user",
            BaseInstructions = overrides.BaseInstructions ?? previous?.BaseInstructions,
            DeveloperInstructions = overrides.DeveloperInstructions ?? previous?.DeveloperInstructions ?? effective.DeveloperInstructions,
            ConfigOverridesJson = configOverrides,
        };
    }
}
