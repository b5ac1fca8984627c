using System.Text.Json;

namespace AppServer.Core.Threads.Settings;

/// <summary>
/// The thread row's <c>settings_json</c> edge: typed <see cref="ThreadSettings"/> to and from the stored JSON.
/// The stored shape is the one earlier versions wrote (approval policy as wire JSON, sandbox as its mode name),
/// so existing databases read unchanged and older servers can still read what this one writes.
/// </summary>
internal static class ThreadSettingsJson
{
    public static string Serialize(ThreadSettings settings) => JsonSerializer.Serialize(new StoredThreadSettings
    {
        Model = settings.Model,
        ModelProvider = settings.ModelProvider,
        ReasoningEffort = settings.ReasoningEffort,
        ServiceTier = settings.ServiceTier,
        Cwd = settings.Cwd.Value,
        ApprovalPolicyJson = settings.ApprovalPolicy.ToWireJson(),
        SandboxMode = settings.SandboxMode.Name(),
        SandboxIsDefault = settings.SandboxIsDefault,
        WorkspaceWrite = settings.WorkspaceWrite,
        ApprovalsReviewer = settings.ApprovalsReviewer.Name(),
        BaseInstructions = settings.BaseInstructions,
        DeveloperInstructions = settings.DeveloperInstructions,
        ConfigOverridesJson = settings.ConfigOverridesJson,
    });

    /// <summary>The stored settings, or null when the row has none or they cannot be read.</summary>
    public static ThreadSettings? Deserialize(string? json)
    {
        StoredThreadSettings? stored;
        try
        {
            stored = string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<StoredThreadSettings>(json);
        }
        catch (JsonException)
        {
            return null;
        }

        // A row from outside this server could hold anything: an unusable cwd is no settings.
        if (stored is null || WorkingDirectory.TryParse(stored.Cwd) is not { } cwd)
        {
            return null;
        }

        return new ThreadSettings
        {
            Model = stored.Model,
            ModelProvider = stored.ModelProvider,
            ReasoningEffort = stored.ReasoningEffort,
            ServiceTier = stored.ServiceTier,
            Cwd = cwd,
            ApprovalPolicy = ApprovalPolicy.FromWireJson(stored.ApprovalPolicyJson),
            SandboxMode = SandboxModes.Parse(stored.SandboxMode),
            SandboxIsDefault = stored.SandboxIsDefault,
            WorkspaceWrite = stored.WorkspaceWrite,
            ApprovalsReviewer = ApprovalsReviewers.Parse(stored.ApprovalsReviewer),
            BaseInstructions = stored.BaseInstructions,
            DeveloperInstructions = stored.DeveloperInstructions,
            ConfigOverridesJson = stored.ConfigOverridesJson,
        };
    }

    /// <summary>The stored form; property names and order are the on-disk format.</summary>
    private sealed record StoredThreadSettings
    {
        public required string Model { get; init; }

        public required string ModelProvider { get; init; }

        public string? ReasoningEffort { get; init; }

        public string? ServiceTier { get; init; }

        public required string Cwd { get; init; }

        public required string ApprovalPolicyJson { get; init; }

        public required string SandboxMode { get; init; }

        public bool SandboxIsDefault { get; init; }

        public Config.SandboxWorkspaceWriteSettings? WorkspaceWrite { get; init; }

        public string ApprovalsReviewer { get; init; } = "user";

        public string? BaseInstructions { get; init; }

        public string? DeveloperInstructions { get; init; }

        public string? ConfigOverridesJson { get; init; }
    }
}
