using AppServer.Core.Threads.Settings;

namespace AppServer.Core.Threads;

/// <summary>
/// Settings without a config file: request overrides, then the thread's previous settings, then the values
/// the reference reports from <c>thread/start</c> with an empty <c>CODEX_HOME</c>.
/// </summary>
public sealed class DefaultThreadSettingsResolver : IThreadSettingsResolver
{
    /// <summary>Model the reference picks with no configuration.</summary>
    public const string DefaultModel = "gpt-6.1-sol";

    public const string DefaultProvider = "openai";


    public ResolvedThreadSettings Resolve(ThreadSettingsOverrides overrides, ThreadSettings? previous, string serverCwd) => new(new ThreadSettings
    {
        Model = overrides.Model ?? previous?.Model ?? DefaultModel,
        ModelProvider = overrides.ModelProvider ?? previous?.ModelProvider ?? DefaultProvider,
        ReasoningEffort = previous?.ReasoningEffort,
        ServiceTier = overrides.ServiceTier ?? previous?.ServiceTier,
        Cwd = overrides.Cwd ?? previous?.Cwd ?? WorkingDirectory.Parse(serverCwd),
        ApprovalPolicy = overrides.ApprovalPolicy ?? previous?.ApprovalPolicy ?? ApprovalPolicy.OnRequest,
        SandboxMode = overrides.SandboxMode ?? previous?.SandboxMode ?? SandboxModeKind.ReadOnly,
        ApprovalsReviewer = overrides.ApprovalsReviewer ?? previous?.ApprovalsReviewer ?? ApprovalsReviewerKind.User,
        BaseInstructions = overrides.BaseInstructions ?? previous?.BaseInstructions,
        DeveloperInstructions = overrides.DeveloperInstructions ?? previous?.DeveloperInstructions,
        ConfigOverridesJson = overrides.ConfigOverridesJson ?? previous?.ConfigOverridesJson,
    }, []);
}
