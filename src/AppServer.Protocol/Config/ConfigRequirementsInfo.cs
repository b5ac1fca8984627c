using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>The schema's <c>ConfigRequirements</c>: what administrators allow. Unmanaged fields are null.</summary>
public sealed class ConfigRequirementsInfo
{
    /// <summary>Required provider id.</summary>
    [JsonPropertyName("modelProvider")]
    public string? ModelProvider { get; init; }

    /// <summary>Required provider definitions.</summary>
    [JsonPropertyName("modelProviders")]
    public JsonObject? ModelProviders { get; init; }

    /// <summary>Login methods allowed.</summary>
    [JsonPropertyName("allowedLoginMethods")]
    public List<string>? AllowedLoginMethods { get; init; }

    /// <summary>Credentials store mode.</summary>
    [JsonPropertyName("cliAuthCredentialsStore")]
    public string? CliAuthCredentialsStore { get; init; }

    /// <summary>ChatGPT base URL.</summary>
    [JsonPropertyName("chatgptBaseUrl")]
    public string? ChatgptBaseUrl { get; init; }

    /// <summary>Extra developer instructions.</summary>
    [JsonPropertyName("additionalDeveloperInstructions")]
    public string? AdditionalDeveloperInstructions { get; init; }

    /// <summary>Allowed approval policies.</summary>
    [JsonPropertyName("allowedApprovalPolicies")]
    public List<string>? AllowedApprovalPolicies { get; init; }

    /// <summary>Allowed approvals reviewers.</summary>
    [JsonPropertyName("allowedApprovalsReviewers")]
    public List<string>? AllowedApprovalsReviewers { get; init; }

    /// <summary>Allowed sandbox modes.</summary>
    [JsonPropertyName("allowedSandboxModes")]
    public List<string>? AllowedSandboxModes { get; init; }

    /// <summary>Allowed Windows sandbox implementations.</summary>
    [JsonPropertyName("allowedWindowsSandboxImplementations")]
    public List<string>? AllowedWindowsSandboxImplementations { get; init; }

    /// <summary>Allowed permission profiles.</summary>
    [JsonPropertyName("allowedPermissionProfiles")]
    public Dictionary<string, bool>? AllowedPermissionProfiles { get; init; }

    /// <summary>Default permission profile.</summary>
    [JsonPropertyName("defaultPermissions")]
    public string? DefaultPermissions { get; init; }

    /// <summary>Allowed web search modes (always includes <c>disabled</c>).</summary>
    [JsonPropertyName("allowedWebSearchModes")]
    public List<string>? AllowedWebSearchModes { get; init; }

    /// <summary>Only managed hooks may run.</summary>
    [JsonPropertyName("allowManagedHooksOnly")]
    public bool? AllowManagedHooksOnly { get; init; }

    /// <summary>Browser and computer use allowed.</summary>
    [JsonPropertyName("allowBrowserAndComputerUse")]
    public bool? AllowBrowserAndComputerUse { get; init; }

    /// <summary>Appshots allowed.</summary>
    [JsonPropertyName("allowAppshots")]
    public bool? AllowAppshots { get; init; }

    /// <summary>Remote control allowed.</summary>
    [JsonPropertyName("allowRemoteControl")]
    public bool? AllowRemoteControl { get; init; }

    /// <summary>Computer-use requirements.</summary>
    [JsonPropertyName("computerUse")]
    public JsonObject? ComputerUse { get; init; }

    /// <summary>Browser-use requirements.</summary>
    [JsonPropertyName("browserUse")]
    public JsonObject? BrowserUse { get; init; }

    /// <summary>In-app browser requirements.</summary>
    [JsonPropertyName("inAppBrowser")]
    public JsonObject? InAppBrowser { get; init; }

    /// <summary>Pinned feature flags.</summary>
    [JsonPropertyName("featureRequirements")]
    public Dictionary<string, bool>? FeatureRequirements { get; init; }

    /// <summary>Managed hooks.</summary>
    [JsonPropertyName("hooks")]
    public JsonObject? Hooks { get; init; }

    /// <summary>Residency requirement.</summary>
    [JsonPropertyName("enforceResidency")]
    public string? EnforceResidency { get; init; }

    /// <summary>Network requirements.</summary>
    [JsonPropertyName("network")]
    public JsonObject? Network { get; init; }

    /// <summary>Application requirements.</summary>
    [JsonPropertyName("application")]
    public JsonObject? Application { get; init; }

    /// <summary>Auto-review requirements.</summary>
    [JsonPropertyName("autoReview")]
    public JsonObject? AutoReview { get; init; }

    /// <summary>Model requirements.</summary>
    [JsonPropertyName("models")]
    public JsonObject? Models { get; init; }

    /// <summary>Required SQLite home.</summary>
    [JsonPropertyName("sqliteHome")]
    public string? SqliteHome { get; init; }

    /// <summary>Required log folder.</summary>
    [JsonPropertyName("logDir")]
    public string? LogDir { get; init; }

    /// <summary>Required model catalog file.</summary>
    [JsonPropertyName("modelCatalogJson")]
    public string? ModelCatalogJson { get; init; }

    /// <summary>Update check on startup.</summary>
    [JsonPropertyName("checkForUpdateOnStartup")]
    public bool? CheckForUpdateOnStartup { get; init; }

    /// <summary>Login shells allowed.</summary>
    [JsonPropertyName("allowLoginShell")]
    public bool? AllowLoginShell { get; init; }

    /// <summary>Feedback requirements.</summary>
    [JsonPropertyName("feedback")]
    public JsonObject? Feedback { get; init; }

    /// <summary>Telemetry requirements.</summary>
    [JsonPropertyName("otel")]
    public JsonObject? Otel { get; init; }
}
