using System.Text.Json;
using System.Text.Json.Nodes;
using AppServer.Config;
using AppServer.Config.Models;
using AppServer.Core.Threads.Settings;

namespace AppServer.Core.Threads;

/// <summary>
/// Thread settings from the config layers: request overrides first, then (on resume/fork) the thread's
/// previous settings, then the effective config for the thread's cwd with <c>thread/start.config</c> as
/// session flags. Approval policy and sandbox are clamped by <c>requirements.toml</c>, never silently
/// honoured: each clamp is returned for the client to be told.
/// </summary>
public sealed class ConfigThreadSettingsResolver(ConfigService config) : IThreadSettingsResolver
{
    /// <inheritdoc />
    public ResolvedThreadSettings Resolve(ThreadSettingsOverrides overrides, ThreadSettings? previous, string serverCwd)
    {
        var cwd = overrides.Cwd ?? previous?.Cwd ?? WorkingDirectory.Parse(serverCwd);
        var configJson = overrides.ConfigOverridesJson ?? previous?.ConfigOverridesJson;
        var snapshot = config.Load(cwd.Value, ParseObject(configJson));
        var effective = snapshot.Effective;
        // File problems were already reported after initialize; only clamps concern this request.
        var clamps = new List<ConfigWarning>();

        var approval = overrides.ApprovalPolicy ?? previous?.ApprovalPolicy ?? ConfiguredApproval(effective);
        var sandbox = overrides.SandboxMode ?? previous?.SandboxMode ?? SandboxModes.Parse(effective.SandboxMode);
        var sandboxBeforeClamp = sandbox;
        if (snapshot.Requirements is { } requirements)
        {
            var (clampedApproval, approvalWarning) = requirements.Clamp("approval_policy", approval.Name);
            if (approvalWarning is not null)
            {
                approval = ApprovalPolicy.Parse(clampedApproval);
                clamps.Add(approvalWarning);
            }

            var (clampedSandbox, sandboxWarning) = requirements.Clamp("sandbox_mode", sandbox.Name());
            if (sandboxWarning is not null)
            {
                sandbox = SandboxModes.Parse(clampedSandbox);
                clamps.Add(sandboxWarning);
            }
        }

        var settings = new ThreadSettings
        {
            Model = overrides.Model ?? previous?.Model ?? effective.Model ?? ModelCatalogService.DefaultModel,
            ModelProvider = overrides.ModelProvider ?? previous?.ModelProvider ?? effective.ModelProviderId,
            ReasoningEffort = previous?.ReasoningEffort ?? effective.ModelReasoningEffort,
            ServiceTier = overrides.ServiceTier ?? previous?.ServiceTier ?? effective.ServiceTier,
            Cwd = cwd,
            ApprovalPolicy = approval,
            SandboxMode = sandbox,
            SandboxIsDefault = sandbox == sandboxBeforeClamp && overrides.SandboxMode is null
                && (previous?.SandboxIsDefault ?? ConfigValues.String(effective.Raw, "sandbox_mode") is null),
            WorkspaceWrite = effective.SandboxWorkspaceWrite,
            ApprovalsReviewer = overrides.ApprovalsReviewer ?? previous?.ApprovalsReviewer ?? ApprovalsReviewers.Parse(ConfigValues.String(effective.Raw, "approvals_reviewer")),
            BaseInstructions = overrides.BaseInstructions ?? previous?.BaseInstructions,
            DeveloperInstructions = overrides.DeveloperInstructions ?? previous?.DeveloperInstructions ?? effective.DeveloperInstructions,
            ConfigOverridesJson = configJson,
        };
        return new ResolvedThreadSettings(settings, clamps);
    }

    /// <summary>The config's approval policy. <c>on-failure</c> has no wire form; it runs as <c>on-request</c>.</summary>
    private static ApprovalPolicy ConfiguredApproval(EffectiveConfig effective)
    {
        if (effective.ApprovalPolicy == "granular" && GranularApproval.FromPolicyJson(effective.GranularApprovalPolicy?.ToJsonString()) is { } granular)
        {
            return new ApprovalPolicy(ApprovalPolicyKind.Granular, granular);
        }

        return ApprovalPolicy.Parse(effective.ApprovalPolicy is "on-failure" or "granular" ? "on-request" : effective.ApprovalPolicy);
    }

    private static JsonObject? ParseObject(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
