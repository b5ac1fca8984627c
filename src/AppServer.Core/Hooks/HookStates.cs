using System.Text.Json.Nodes;
using AppServer.Config;
using AppServer.Config.Layers;

namespace AppServer.Core.Hooks;

/// <summary>A user's decision about one hook: <c>[hooks.state."&lt;key&gt;"]</c> in config.toml.</summary>
/// <param name="Enabled">False when the user switched the hook off; null when not set.</param>
/// <param name="TrustedHash">The <c>currentHash</c> the user reviewed and trusted; null when never trusted.</param>
public sealed record HookState(bool? Enabled, string? TrustedHash);

/// <summary>
/// The hook trust store, where codex 0.169.0 keeps it: <c>[hooks.state."&lt;hook key&gt;"]</c> tables with
/// <c>enabled</c> and <c>trusted_hash</c> in the user's config.toml (clients write them with
/// <c>config/batchWrite</c>, key path <c>hooks.state</c>). Only user-controlled layers count (the user file and
/// session flags, even when disabled); a project's own <c>hooks.state</c> is ignored so a repository cannot trust
/// its own hooks. Later layers win field by field; malformed entries are skipped.
/// </summary>
internal static class HookStates
{
    /// <summary>The effective state per hook key.</summary>
    public static IReadOnlyDictionary<string, HookState> From(ConfigSnapshot snapshot)
    {
        var states = new Dictionary<string, HookState>(StringComparer.Ordinal);
        foreach (var layer in snapshot.Layers.Reverse())
        {
            if (layer.Source.Kind is not (ConfigLayerKind.User or ConfigLayerKind.SessionFlags)
                || (layer.Values["hooks"] as JsonObject)?["state"] is not JsonObject table)
            {
                continue;
            }

            foreach (var (rawKey, value) in table)
            {
                var key = rawKey.Trim();
                if (key.Length == 0 || !TryRead(value, out var state))
                {
                    continue;
                }

                var current = states.GetValueOrDefault(key) ?? new HookState(null, null);
                states[key] = new HookState(state.Enabled ?? current.Enabled, state.TrustedHash ?? current.TrustedHash);
            }
        }

        return states;
    }

    private static bool TryRead(JsonNode? node, out HookState state)
    {
        state = new HookState(null, null);
        if (node is not JsonObject entry)
        {
            return false;
        }

        bool? enabled = null;
        string? trusted = null;
        if (entry["enabled"] is { } e)
        {
            if (e is not JsonValue ev || !ev.TryGetValue<bool>(out var on))
            {
                return false;
            }

            enabled = on;
        }

        if (entry["trusted_hash"] is { } t)
        {
            if (t is not JsonValue tv || !tv.TryGetValue<string>(out var hash))
            {
                return false;
            }

            trusted = hash;
        }

        state = new HookState(enabled, trusted);
        return true;
    }
}
