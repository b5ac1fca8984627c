namespace AppServer.Core.Plugins;

/// <summary>A local plugin's identity: <c>name@marketplace</c>.</summary>
public sealed record PluginId(string PluginName, string MarketplaceName)
{
    /// <summary>The <c>name@marketplace</c> form used in config and on the wire.</summary>
    public override string ToString() => $"{PluginName}@{MarketplaceName}";

    /// <summary>Parses <c>name@marketplace</c>; null unless both parts are valid segments.</summary>
    public static PluginId? TryParse(string value)
    {
        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1)
        {
            return null;
        }

        var id = new PluginId(value[..at], value[(at + 1)..]);
        return IsValidSegment(id.PluginName) && IsValidSegment(id.MarketplaceName) ? id : null;
    }

    /// <summary>
    /// Plugin and marketplace names become folder names under the install root, so only ASCII letters,
    /// digits, <c>-</c>, <c>_</c> and <c>.</c> are allowed (and not <c>.</c> or <c>..</c>).
    /// </summary>
    public static bool IsValidSegment(string segment)
        => segment.Length > 0
           && segment is not "." and not ".."
           && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
