using System.Text.Json.Nodes;
using AppServer.Config.Toml;

namespace AppServer.Config.Layers;

/// <summary>Parses <c>-c key=value</c> flags the way the reference does.</summary>
public static class ConfigOverrides
{
    /// <summary>
    /// Builds the session-flags tree: each flag is split at the first <c>=</c>; the value is parsed as TOML and
    /// used as a raw string when that fails; the key is a dotted path. Flags without <c>=</c> are skipped and
    /// reported in <paramref name="warnings"/>.
    /// </summary>
    public static JsonObject Parse(IEnumerable<string> flags, ICollection<ConfigWarning>? warnings = null)
    {
        var result = new JsonObject();
        foreach (var flag in flags)
        {
            var eq = flag.IndexOf('=');
            if (eq <= 0)
            {
                warnings?.Add(new ConfigWarning($"Invalid override `{flag}`: expected key=value"));
                continue;
            }

            var path = JsonTree.SplitKeyPath(flag[..eq].Trim());
            if (path.Any(string.IsNullOrEmpty))
            {
                warnings?.Add(new ConfigWarning($"Invalid override `{flag}`: empty key"));
                continue;
            }

            var raw = flag[(eq + 1)..].Trim();
            var value = TomlJson.TryParseValue(raw) ?? JsonValue.Create(raw);
            JsonTree.Set(result, path, value);
        }

        return result;
    }
}
