using System.Runtime.InteropServices;
using AppServer.Protocol;
using AppServer.Protocol.Initialize;

namespace AppServer.Host.Handlers;

/// <summary>
/// Builds the user agent the reference reports (and later sends upstream):
/// <c>name/0.169.0 (Debian 12; x86_64) xterm (name; version)</c>.
/// </summary>
internal static class UserAgent
{
    private static readonly Lazy<string> Platform = new(DescribePlatform);

    public static string For(ClientInfo client)
    {
        var terminal = Environment.GetEnvironmentVariable("TERM_PROGRAM") is { Length: > 0 } program
            ? program
            : Environment.GetEnvironmentVariable("TERM") is { Length: > 0 } term ? term : "unknown";
        return $"{client.Name}/{ProtocolVersion.Codex} ({Platform.Value}) {terminal} ({client.Name}; {client.Version})";
    }

    private static string DescribePlatform()
    {
        var arch = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "x86_64",
            Architecture.Arm64 => "aarch64",
            var other => other.ToString().ToLowerInvariant(),
        };
        return $"{OsName()}; {arch}";
    }

    private static string OsName()
    {
        if (OperatingSystem.IsLinux() && File.Exists("/etc/os-release"))
        {
            var fields = File.ReadAllLines("/etc/os-release")
                .Select(line => line.Split('=', 2))
                .Where(parts => parts.Length == 2)
                .GroupBy(parts => parts[0])
                .ToDictionary(g => g.Key, g => g.First()[1].Trim('"'));
            var name = fields.GetValueOrDefault("NAME", "Linux").Replace(" GNU/Linux", "", StringComparison.Ordinal);
            return fields.TryGetValue("VERSION_ID", out var version) ? $"{name} {version}" : name;
        }

        return $"{RuntimeInformation.OSDescription}";
    }
}
