using System.Text.Json;
using System.Text.Json.Nodes;

namespace AppServer.Config.Toml;

/// <summary>A value that breaks the config schema: where (<see cref="Path"/>) and why (serde-style <see cref="Reason"/>).</summary>
public sealed record ConfigSchemaError(IReadOnlyList<string> Path, string Reason)
{
    /// <summary>The dotted path of the bad value.</summary>
    public string DottedPath => string.Join('.', Path);

    /// <summary>The reference's message body: <c>reason\nin `path`\n</c>.</summary>
    public string Message => $"{Reason}\nin `{DottedPath}`\n";
}

/// <summary>
/// Type rules for the config keys this server understands. Unknown keys are accepted (kept as they are);
/// known keys must have the right type or enum value, with messages in the reference's serde wording
/// (<c>invalid type: integer `5`, expected a string</c>, <c>unknown variant `x`, expected one of ...</c>).
/// </summary>
public static class ConfigSchema
{
    private abstract record Rule;
    private sealed record StringRule : Rule;
    private sealed record BoolRule : Rule;
    private sealed record IntegerRule : Rule;
    private sealed record NumberRule : Rule;
    private sealed record StringArrayRule : Rule;
    private sealed record TableRule : Rule;
    private sealed record EnumRule(string[] Values, bool AllowTable = false) : Rule;
    private sealed record BoolOrTableRule : Rule;

    /// <summary>The accepted <c>approval_policy</c> values, in the reference's order.</summary>
    public static readonly string[] ApprovalPolicies = ["untrusted", "on-failure", "on-request", "granular", "never"];

    /// <summary>The accepted <c>sandbox_mode</c> values.</summary>
    public static readonly string[] SandboxModes = ["read-only", "workspace-write", "danger-full-access"];

    /// <summary>The accepted <c>web_search</c> values.</summary>
    public static readonly string[] WebSearchModes = ["disabled", "cached", "indexed", "live"];

    // Patterns: dotted paths where "*" matches any single key (a map entry such as a provider id).
    private static readonly (string[] Pattern, Rule Rule)[] Rules = Build(new Dictionary<string, Rule>
    {
        ["model"] = new StringRule(),
        ["review_model"] = new StringRule(),
        ["model_provider"] = new StringRule(),
        ["model_context_window"] = new IntegerRule(),
        ["model_auto_compact_token_limit"] = new IntegerRule(),
        ["model_catalog_json"] = new StringRule(),
        ["approval_policy"] = new EnumRule(ApprovalPolicies, AllowTable: true),
        ["sandbox_mode"] = new EnumRule(SandboxModes),
        ["sandbox_workspace_write"] = new TableRule(),
        ["sandbox_workspace_write.writable_roots"] = new StringArrayRule(),
        ["sandbox_workspace_write.network_access"] = new BoolRule(),
        ["sandbox_workspace_write.exclude_tmpdir_env_var"] = new BoolRule(),
        ["sandbox_workspace_write.exclude_slash_tmp"] = new BoolRule(),
        ["model_reasoning_effort"] = new EnumRule(["none", "minimal", "low", "medium", "high", "xhigh", "max", "ultra"]),
        ["plan_mode_reasoning_effort"] = new EnumRule(["none", "minimal", "low", "medium", "high", "xhigh", "max", "ultra"]),
        ["model_reasoning_summary"] = new EnumRule(["auto", "concise", "detailed", "none"]),
        ["model_verbosity"] = new EnumRule(["low", "medium", "high"]),
        ["web_search"] = new EnumRule(WebSearchModes),
        ["service_tier"] = new StringRule(),
        ["personality"] = new EnumRule(["none", "friendly", "pragmatic"]),
        ["instructions"] = new StringRule(),
        ["developer_instructions"] = new StringRule(),
        ["model_instructions_file"] = new StringRule(),
        ["compact_prompt"] = new StringRule(),
        ["experimental_compact_prompt_file"] = new StringRule(),
        ["notify"] = new StringArrayRule(),
        ["hide_agent_reasoning"] = new BoolRule(),
        ["show_raw_agent_reasoning"] = new BoolRule(),
        ["project_doc_max_bytes"] = new IntegerRule(),
        ["project_doc_fallback_filenames"] = new StringArrayRule(),
        ["project_root_markers"] = new StringArrayRule(),
        ["background_terminal_max_timeout"] = new IntegerRule(),
        ["tool_output_token_limit"] = new IntegerRule(),
        ["openai_base_url"] = new StringRule(),
        ["chatgpt_base_url"] = new StringRule(),
        ["sqlite_home"] = new StringRule(),
        ["log_dir"] = new StringRule(),
        ["profile"] = new StringRule(),
        ["profiles"] = new TableRule(),
        ["profiles.*"] = new TableRule(),
        ["projects"] = new TableRule(),
        ["projects.*"] = new TableRule(),
        ["projects.*.trust_level"] = new EnumRule(["trusted", "untrusted"]),
        ["features"] = new TableRule(),
        ["features.*"] = new BoolOrTableRule(),
        ["history"] = new TableRule(),
        ["history.persistence"] = new EnumRule(["save-all", "none"]),
        ["history.max_bytes"] = new IntegerRule(),
        ["shell_environment_policy"] = new TableRule(),
        ["shell_environment_policy.inherit"] = new EnumRule(["all", "core", "none"]),
        ["shell_environment_policy.ignore_default_excludes"] = new BoolRule(),
        ["shell_environment_policy.exclude"] = new StringArrayRule(),
        ["shell_environment_policy.include_only"] = new StringArrayRule(),
        ["shell_environment_policy.set"] = new TableRule(),
        ["shell_environment_policy.experimental_use_profile"] = new BoolRule(),
        ["model_providers"] = new TableRule(),
        ["model_providers.*"] = new TableRule(),
        ["model_providers.*.name"] = new StringRule(),
        ["model_providers.*.base_url"] = new StringRule(),
        ["model_providers.*.env_key"] = new StringRule(),
        ["model_providers.*.env_key_instructions"] = new StringRule(),
        ["model_providers.*.experimental_bearer_token"] = new StringRule(),
        // "chat" goes beyond the reference (which rejects it): Chat Completions for local OpenAI-compatible servers.
        ["model_providers.*.wire_api"] = new EnumRule(["responses", "chat"]),
        ["model_providers.*.query_params"] = new TableRule(),
        ["model_providers.*.http_headers"] = new TableRule(),
        ["model_providers.*.env_http_headers"] = new TableRule(),
        ["model_providers.*.request_max_retries"] = new IntegerRule(),
        ["model_providers.*.stream_max_retries"] = new IntegerRule(),
        ["model_providers.*.stream_idle_timeout_ms"] = new IntegerRule(),
        ["model_providers.*.websocket_connect_timeout_ms"] = new IntegerRule(),
        ["model_providers.*.requires_openai_auth"] = new BoolRule(),
        ["model_providers.*.supports_websockets"] = new BoolRule(),
        ["mcp_servers"] = new TableRule(),
        ["mcp_servers.*"] = new TableRule(),
        ["mcp_servers.*.command"] = new StringRule(),
        ["mcp_servers.*.url"] = new StringRule(),
        ["mcp_servers.*.args"] = new StringArrayRule(),
        ["mcp_servers.*.env"] = new TableRule(),
        ["mcp_servers.*.env_vars"] = new StringArrayRule(),
        ["mcp_servers.*.cwd"] = new StringRule(),
        ["mcp_servers.*.enabled"] = new BoolRule(),
        ["mcp_servers.*.required"] = new BoolRule(),
        ["mcp_servers.*.startup_timeout_sec"] = new NumberRule(),
        ["mcp_servers.*.startup_timeout_ms"] = new IntegerRule(),
        ["mcp_servers.*.tool_timeout_sec"] = new NumberRule(),
        ["mcp_servers.*.enabled_tools"] = new StringArrayRule(),
        ["mcp_servers.*.disabled_tools"] = new StringArrayRule(),
        ["mcp_servers.*.http_headers"] = new TableRule(),
        ["mcp_servers.*.env_http_headers"] = new TableRule(),
        ["mcp_servers.*.bearer_token_env_var"] = new StringRule(),
        ["tools"] = new TableRule(),
        ["tools.web_search"] = new BoolOrTableRule(),
        ["tools.view_image"] = new BoolRule(),
        ["tui"] = new TableRule(),
        ["tui.animations"] = new BoolRule(),
        ["tui.notifications"] = new BoolOrTableRule(),
    });

    /// <summary>Returns the first schema violation in <paramref name="root"/>, or null when it is valid.</summary>
    public static ConfigSchemaError? Validate(JsonObject root) => Walk(root, []);

    /// <summary>
    /// Validates a layer that may hold legacy profiles: profile tables are validated with the top-level rules
    /// (<c>profiles.fast.model = 5</c> is as wrong as <c>model = 5</c>).
    /// </summary>
    private static ConfigSchemaError? Walk(JsonObject table, List<string> prefix)
    {
        foreach (var (key, value) in table)
        {
            var path = new List<string>(prefix) { key };
            var rule = Find(path);
            if (rule is not null)
            {
                var reason = Check(rule, value, path);
                if (reason is not null)
                {
                    return new ConfigSchemaError(path, reason);
                }
            }

            if (value is JsonObject child)
            {
                // Keys inside a profile follow the top-level rules.
                if (path.Count == 2 && path[0] == "profiles")
                {
                    var inner = Walk(child, []);
                    if (inner is not null)
                    {
                        return inner with { Path = [.. path, .. inner.Path] };
                    }

                    continue;
                }

                var error = Walk(child, path);
                if (error is not null)
                {
                    return error;
                }
            }
        }

        return null;
    }

    private static Rule? Find(List<string> path)
    {
        foreach (var (pattern, rule) in Rules)
        {
            if (pattern.Length == path.Count && pattern.Zip(path).All(p => p.First == "*" || p.First == p.Second))
            {
                return rule;
            }
        }

        return null;
    }

    private static string? Check(Rule rule, JsonNode? value, List<string> path)
    {
        switch (rule)
        {
            case StringRule:
                return IsString(value) ? null : Invalid(value, "a string");
            case BoolRule:
                return Kind(value) is JsonValueKind.True or JsonValueKind.False ? null : Invalid(value, "a boolean");
            case IntegerRule:
                return Kind(value) == JsonValueKind.Number && JsonNumber.TryGetInt64(value!.AsValue(), out _) ? null : Invalid(value, "an integer");
            case NumberRule:
                return Kind(value) == JsonValueKind.Number ? null : Invalid(value, "a number");
            case TableRule:
                return value is JsonObject ? null : Invalid(value, "a map");
            case BoolOrTableRule:
                return value is JsonObject || Kind(value) is JsonValueKind.True or JsonValueKind.False ? null : Invalid(value, "a boolean or a table");
            case StringArrayRule:
                if (value is not JsonArray arr)
                {
                    return Invalid(value, "a sequence");
                }

                foreach (var item in arr)
                {
                    if (!IsString(item))
                    {
                        return Invalid(item, "a string");
                    }
                }

                return null;
            case EnumRule e:
                if (e.AllowTable && value is JsonObject)
                {
                    return null;
                }

                if (!IsString(value))
                {
                    return Invalid(value, e.AllowTable ? "a string or a table" : "a string");
                }

                var s = value!.GetValue<string>();
                return e.Values.Contains(s, StringComparer.Ordinal)
                    ? null
                    : $"unknown variant `{s}`, expected one of {string.Join(", ", e.Values.Select(v => $"`{v}`"))}";
            default:
                return null;
        }
    }

    private static bool IsString(JsonNode? value) => Kind(value) == JsonValueKind.String;

    private static JsonValueKind Kind(JsonNode? value) => value switch
    {
        null => JsonValueKind.Null,
        JsonObject => JsonValueKind.Object,
        JsonArray => JsonValueKind.Array,
        _ => value.GetValueKind(),
    };

    private static string Invalid(JsonNode? value, string expected) => $"invalid type: {Describe(value)}, expected {expected}";

    /// <summary>serde's description of an unexpected value.</summary>
    private static string Describe(JsonNode? value)
    {
        switch (value)
        {
            case null:
                return "null";
            case JsonObject:
                return "map";
            case JsonArray:
                return "sequence";
        }

        var v = value.AsValue();
        return value.GetValueKind() switch
        {
            JsonValueKind.String => $"string \"{v.GetValue<string>()}\"",
            JsonValueKind.True => "boolean `true`",
            JsonValueKind.False => "boolean `false`",
            JsonValueKind.Number when JsonNumber.TryGetInt64(v, out var l) => $"integer `{l}`",
            JsonValueKind.Number => $"floating point `{JsonNumber.GetDouble(v).ToString(System.Globalization.CultureInfo.InvariantCulture)}`",
            _ => value.ToJsonString(),
        };
    }

    private static (string[] Pattern, Rule Rule)[] Build(Dictionary<string, Rule> rules)
        => rules.Select(r => (r.Key.Split('.'), r.Value)).ToArray();
}
