using System.Text.Json;
using System.Text.Json.Nodes;
using AppServer.Config.Toml;

namespace AppServer.Config.Requirements;

/// <summary>An MCP server the requirements allow: its id plus the identity (command or URL) it must have.</summary>
public sealed record McpServerIdentity(string? Command, string? Url);

/// <summary>
/// Administrator constraints from <c>requirements.toml</c> (system folder). Config values that break them
/// are never honoured: <see cref="Clamp"/> returns an allowed fallback plus a warning for the client.
/// </summary>
public sealed class ConfigRequirements
{
    /// <summary>The file the requirements came from.</summary>
    public required string SourceFile { get; init; }

    /// <summary>Allowed <c>approval_policy</c> values (config spelling), or null when unconstrained.</summary>
    public IReadOnlyList<string>? AllowedApprovalPolicies { get; init; }

    /// <summary>Allowed <c>sandbox_mode</c> values, or null when unconstrained.</summary>
    public IReadOnlyList<string>? AllowedSandboxModes { get; init; }

    /// <summary>Allowed <c>web_search</c> modes; <c>disabled</c> is always included. Null when unconstrained.</summary>
    public IReadOnlyList<string>? AllowedWebSearchModes { get; init; }

    /// <summary>Pinned feature flags (<c>[features]</c>): the effective value is forced to these.</summary>
    public IReadOnlyDictionary<string, bool>? FeaturePins { get; init; }

    /// <summary>The MCP server allow-list; servers not listed (or with another identity) are disabled. Null when unconstrained.</summary>
    public IReadOnlyDictionary<string, McpServerIdentity>? McpServers { get; init; }

    /// <summary><c>[rules] prefix_rules</c> as written (restrictive command rules for the exec policy).</summary>
    public JsonArray? PrefixRules { get; init; }

    /// <summary>
    /// The <c>[hooks]</c> table: administrator hooks (same shape as config.toml's, plus <c>managed_dir</c>) that are
    /// listed first and run without review.
    /// </summary>
    public JsonObject? ManagedHooks { get; init; }

    /// <summary><c>allow_managed_hooks_only</c> (null when unset): when true, user, project and session hooks are ignored.</summary>
    public bool? AllowManagedHooksOnly { get; init; }

    /// <summary>How the reference prints the read-only permission profile in clamp warnings.</summary>
    private const string ReadOnlyProfileDebugText =
        "Managed { file_system: Restricted { entries: [FileSystemSandboxEntry { path: Special { value: Root }, access: Read, missing_path_behavior: None }], " +
        "glob_scan_max_depth: None }, network: Restricted }";

    private static readonly string[] ApprovalPolicyNames = ["untrusted", "on-failure", "on-request", "granular", "never"];

    private static readonly string[] SandboxModeNames = ["read-only", "workspace-write", "danger-full-access"];

    /// <summary>
    /// Returns <paramref name="value"/> when <paramref name="key"/> allows it, else the first allowed value and a warning
    /// in the reference's wording. Keys: <c>approval_policy</c>, <c>sandbox_mode</c>, <c>web_search</c>.
    /// </summary>
    public (string Value, ConfigWarning? Warning) Clamp(string key, string value)
    {
        var allowed = key switch
        {
            "approval_policy" => AllowedApprovalPolicies,
            "sandbox_mode" => AllowedSandboxModes,
            "web_search" => AllowedWebSearchModes,
            _ => null,
        };
        if (allowed is null || allowed.Count == 0 || allowed.Contains(value, StringComparer.Ordinal))
        {
            return (value, null);
        }

        // A sandbox mode falls back to read-only (Load guarantees it is allowed); the reference words that
        // as its read-only permission profile.
        var (fallback, subject, fallbackText) = key == "sandbox_mode"
            ? ("read-only", "permission_profile", ReadOnlyProfileDebugText)
            : (allowed[0], key, DebugName(allowed[0]));
        var summary =
            $"Configured value for `{subject}` is disallowed by requirements; falling back to required value {fallbackText}. " +
            $"Details: invalid value for `{key}`: `{DebugName(value)}` is not in the allowed set [{string.Join(", ", allowed.Select(DebugName))}] (set by {SourceFile})";
        return (fallback, new ConfigWarning(summary));
    }

    /// <summary>True when the MCP server <paramref name="id"/> with this identity may run.</summary>
    public bool AllowsMcpServer(string id, string? command, string? url)
    {
        if (McpServers is null)
        {
            return true;
        }

        if (!McpServers.TryGetValue(id, out var identity))
        {
            return false;
        }

        return (identity.Command is null || identity.Command == command) && (identity.Url is null || identity.Url == url);
    }

    /// <summary>Reads <c>requirements.toml</c>; null when the file does not exist.</summary>
    /// <exception cref="ConfigFileException">The file is not valid TOML or has wrongly typed keys.</exception>
    public static ConfigRequirements? Load(string file)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var root = TomlJson.Parse(File.ReadAllText(file), file);
        var webSearch = StringList(root, "allowed_web_search_modes", file);
        if (webSearch is not null && !webSearch.Contains("disabled"))
        {
            webSearch = [.. webSearch, "disabled"];
        }

        Dictionary<string, bool>? pins = null;
        if (root["features"] is JsonObject features)
        {
            pins = [];
            foreach (var (name, value) in features)
            {
                if (value?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                {
                    throw new ConfigFileException(file, 1, 1, $"invalid type for `features.{name}`: expected a boolean");
                }

                pins[name] = value.GetValue<bool>();
            }
        }

        Dictionary<string, McpServerIdentity>? servers = null;
        if (root["mcp_servers"] is JsonObject mcp)
        {
            servers = [];
            foreach (var (id, value) in mcp)
            {
                var identity = value?["identity"] as JsonObject;
                servers[id] = new McpServerIdentity(Text(identity?["command"]), Text(identity?["url"]));
            }
        }

        var sandboxModes = Variants(root, "allowed_sandbox_modes", SandboxModeNames, file);
        if (sandboxModes is not null && !sandboxModes.Contains("read-only"))
        {
            // Read-only is the fallback for every clamp, so it must stay reachable.
            throw new ConfigFileException(file, 1, 1,
                $"invalid value for `allowed_sandbox_modes`: `[{string.Join(", ", sandboxModes.Select(DebugName))}]` is not in the allowed set " +
                $"must include 'read-only' to allow any PermissionProfile (set by {file})");
        }

        return new ConfigRequirements
        {
            SourceFile = file,
            AllowedApprovalPolicies = Variants(root, "allowed_approval_policies", ApprovalPolicyNames, file),
            AllowedSandboxModes = sandboxModes,
            AllowedWebSearchModes = webSearch,
            FeaturePins = pins,
            McpServers = servers,
            PrefixRules = (root["rules"] as JsonObject)?["prefix_rules"]?.DeepClone() as JsonArray,
            ManagedHooks = root["hooks"]?.DeepClone() as JsonObject,
            AllowManagedHooksOnly = root["allow_managed_hooks_only"] switch
            {
                null => null,
                JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
                _ => throw new ConfigFileException(file, 1, 1, "invalid type for `allow_managed_hooks_only`: expected a boolean"),
            },
        };
    }

    private static List<string>? StringList(JsonObject root, string key, string file)
    {
        if (root[key] is null)
        {
            return null;
        }

        if (root[key] is not JsonArray array || array.Any(v => v?.GetValueKind() != JsonValueKind.String))
        {
            throw new ConfigFileException(file, 1, 1, $"invalid type for `{key}`: expected a sequence of strings");
        }

        return array.Select(v => v!.GetValue<string>()).ToList();
    }

    /// <summary>A string list whose entries must be known enum values (serde's wording when one is not).</summary>
    private static List<string>? Variants(JsonObject root, string key, string[] known, string file)
    {
        var values = StringList(root, key, file);
        if (values?.FirstOrDefault(v => !known.Contains(v)) is { } unknown)
        {
            throw new ConfigFileException(file, 1, 1,
                $"unknown variant `{unknown}`, expected one of {string.Join(", ", known.Select(k => $"`{k}`"))}\nin `{key}`");
        }

        return values;
    }

    private static string? Text(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;

    /// <summary>The reference's Rust enum names, used in its warning text.</summary>
    private static string DebugName(string value) => value switch
    {
        "untrusted" => "UnlessTrusted",
        "on-failure" => "OnFailure",
        "on-request" => "OnRequest",
        "never" => "Never",
        "granular" => "Granular",
        "read-only" => "ReadOnly",
        "workspace-write" => "WorkspaceWrite",
        "danger-full-access" => "DangerFullAccess",
        "disabled" => "Disabled",
        "cached" => "Cached",
        "indexed" => "Indexed",
        "live" => "Live",
        _ => value,
    };
}
