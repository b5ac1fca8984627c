using System.Text.Json.Nodes;

namespace AppServer.Config.Layers;

/// <summary>
/// One loaded layer: its parsed values (as a JSON tree, exactly what the file says), its version, and why
/// it is ignored when it is (an untrusted project folder, a broken file).
/// </summary>
public sealed class ConfigLayer
{
    /// <summary>Creates a layer and computes its version.</summary>
    public ConfigLayer(ConfigLayerSource source, JsonObject values, string? disabledReason = null)
    {
        Source = source;
        Values = values;
        DisabledReason = disabledReason;
        Version = Toml.JsonTree.Version(values);
    }

    /// <summary>Where the layer comes from.</summary>
    public ConfigLayerSource Source { get; }

    /// <summary>The layer's raw values. Treat as read-only.</summary>
    public JsonObject Values { get; }

    /// <summary><c>sha256:</c> of the layer's sorted compact JSON (the reference's version string).</summary>
    public string Version { get; }

    /// <summary>Why the layer does not take part in the effective config; null when it does.</summary>
    public string? DisabledReason { get; }

    /// <summary>True when the layer contributes to the effective config.</summary>
    public bool Enabled => DisabledReason is null;
}
