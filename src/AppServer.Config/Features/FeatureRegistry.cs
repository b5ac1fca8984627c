using System.Reflection;
using System.Text.Json.Nodes;

namespace AppServer.Config.Features;

/// <summary>A feature flag's lifecycle stage (the wire's <c>ExperimentalFeatureStage</c>).</summary>
public enum FeatureStage
{
    /// <summary>Available for user testing.</summary>
    Beta,

    /// <summary>Still being built.</summary>
    UnderDevelopment,

    /// <summary>Production-ready.</summary>
    Stable,

    /// <summary>Deprecated.</summary>
    Deprecated,

    /// <summary>Kept only for backwards compatibility.</summary>
    Removed,
}

/// <summary>One feature flag (<c>[features] name = bool</c>).</summary>
public sealed record FeatureDefinition(string Name, FeatureStage Stage, bool DefaultEnabled, string? DisplayName, string? Description, string? Announcement);

/// <summary>
/// Every feature flag the reference knows, with its stage and default (reference data, embedded as
/// <c>features.json</c>, in the reference's order).
/// </summary>
public static class FeatureRegistry
{
    private static readonly Lazy<IReadOnlyList<FeatureDefinition>> Definitions = new(Load);

    /// <summary>All features, in the reference's order.</summary>
    public static IReadOnlyList<FeatureDefinition> All => Definitions.Value;

    /// <summary>Default enablement by name.</summary>
    public static IReadOnlyDictionary<string, bool> Defaults { get; } = All.ToDictionary(f => f.Name, f => f.DefaultEnabled, StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is a known feature.</summary>
    public static bool IsKnown(string name) => Defaults.ContainsKey(name);

    private static IReadOnlyList<FeatureDefinition> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("AppServer.Config.features.json")
            ?? throw new InvalidOperationException("embedded features.json is missing");
        var root = JsonNode.Parse(stream)!;
        return root["features"]!.AsArray().OfType<JsonObject>().Select(f => new FeatureDefinition(
            f["name"]!.GetValue<string>(),
            f["stage"]!.GetValue<string>() switch
            {
                "beta" => FeatureStage.Beta,
                "underDevelopment" => FeatureStage.UnderDevelopment,
                "deprecated" => FeatureStage.Deprecated,
                "removed" => FeatureStage.Removed,
                _ => FeatureStage.Stable,
            },
            f["defaultEnabled"]!.GetValue<bool>(),
            ConfigValues.String(f, "displayName"),
            ConfigValues.String(f, "description"),
            ConfigValues.String(f, "announcement"))).ToList();
    }
}
