using System.Text.Json.Serialization;
using System.Text.Json.Nodes;

namespace AppServer.Protocol.Plugins;

/// <summary>Everything about one plugin.</summary>
public sealed class PluginDetail
{
    /// <summary>Marketplace name.</summary>
    [JsonPropertyName("marketplaceName")]
    public required string MarketplaceName { get; init; }

    /// <summary>The marketplace file.</summary>
    [JsonPropertyName("marketplacePath")]
    public string? MarketplacePath { get; init; }

    /// <summary>Its listing entry.</summary>
    [JsonPropertyName("summary")]
    public required PluginSummary Summary { get; init; }

    /// <summary>Share URL (remote only).</summary>
    [JsonPropertyName("shareUrl")]
    public string? ShareUrl { get; init; }

    /// <summary>Description from its manifest.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Skills it bundles.</summary>
    [JsonPropertyName("skills")]
    public required IReadOnlyList<SkillSummary> Skills { get; init; }

    /// <summary>Declared onboarding skill.</summary>
    [JsonPropertyName("onboardingSkill")]
    public SkillSummary? OnboardingSkill { get; init; }

    /// <summary>Hooks it bundles.</summary>
    [JsonPropertyName("hooks")]
    public required IReadOnlyList<PluginHookSummary> Hooks { get; init; }

    /// <summary>Apps it bundles.</summary>
    [JsonPropertyName("apps")]
    public required IReadOnlyList<AppSummary> Apps { get; init; }

    /// <summary>App templates (remote only).</summary>
    [JsonPropertyName("appTemplates")]
    public required IReadOnlyList<AppTemplateSummary> AppTemplates { get; init; }

    /// <summary>Names of the MCP servers it bundles.</summary>
    [JsonPropertyName("mcpServers")]
    public required IReadOnlyList<string> McpServers { get; init; }

    /// <summary>Scheduled tasks (remote only).</summary>
    [JsonPropertyName("scheduledTasks")]
    public IReadOnlyList<JsonObject>? ScheduledTasks { get; init; }
}
