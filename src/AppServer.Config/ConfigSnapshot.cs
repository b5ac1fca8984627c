using System.Text.Json.Nodes;
using AppServer.Config.Layers;
using AppServer.Config.Requirements;

namespace AppServer.Config;

/// <summary>
/// Everything one config load produced: the layers (highest precedence first, as <c>config/read</c> lists
/// them, disabled ones included), the merged tree, which layer set each key, the typed
/// <see cref="EffectiveConfig"/>, the requirements and the warnings for the client.
/// </summary>
public sealed class ConfigSnapshot
{
    /// <summary>Layers, highest precedence first; disabled layers (untrusted project, broken file) included.</summary>
    public required IReadOnlyList<ConfigLayer> Layers { get; init; }

    /// <summary>The merged tree of every enabled layer (raw values, no defaults). Treat as read-only.</summary>
    public required JsonObject Merged { get; init; }

    /// <summary>Dotted key → the layer that set it.</summary>
    public required IReadOnlyDictionary<string, ConfigLayer> Origins { get; init; }

    /// <summary>The typed config, requirements applied.</summary>
    public required EffectiveConfig Effective { get; init; }

    /// <summary>The requirements in force, or null.</summary>
    public ConfigRequirements? Requirements { get; init; }

    /// <summary>Problems to report as <c>configWarning</c> (broken files, clamped values, untrusted projects).</summary>
    public required IReadOnlyList<ConfigWarning> Warnings { get; init; }

    /// <summary>The user layer (always present, possibly empty).</summary>
    public ConfigLayer UserLayer => Layers.First(l => l.Source.Kind == ConfigLayerKind.User && l.Source.Profile is null);
}
