using System.Text.Json.Nodes;
using AppServer.Config.Models;
using AppServer.Config.Requirements;

namespace AppServer.Config;

/// <summary>Turns a merged config tree into an <see cref="EffectiveConfig"/>: defaults, built-in providers, requirements.</summary>
internal static class EffectiveConfigBuilder
{
    public static EffectiveConfig Build(JsonObject merged, string? profile, ConfigRequirements? requirements, IReadOnlyDictionary<string, bool> runtimeFeatures, List<ConfigWarning> warnings)
    {
        var providers = new Dictionary<string, ModelProviderInfo>(BuiltInProviders.Create(merged), StringComparer.Ordinal);
        if (merged["model_providers"] is JsonObject custom)
        {
            foreach (var (id, table) in custom)
            {
                // Built-in ids cannot be overridden (the reference inserts user providers with or_insert).
                if (table is JsonObject t && !providers.ContainsKey(id))
                {
                    providers[id] = ModelProviderInfo.FromToml(id, t);
                }
            }
        }

        var providerId = ConfigValues.String(merged, "model_provider") ?? BuiltInProviders.OpenAiId;
        if (!providers.TryGetValue(providerId, out var provider))
        {
            warnings.Add(new ConfigWarning($"Model provider `{providerId}` not found; using `{BuiltInProviders.OpenAiId}`."));
            provider = providers[BuiltInProviders.OpenAiId];
        }

        var approval = merged["approval_policy"] is JsonObject ? "granular" : ConfigValues.String(merged, "approval_policy") ?? "on-request";
        var sandbox = ConfigValues.String(merged, "sandbox_mode") ?? "read-only";
        var webSearch = ConfigValues.String(merged, "web_search") ?? "cached";
        if (requirements is not null)
        {
            approval = Clamp(requirements, "approval_policy", approval, warnings);
            sandbox = Clamp(requirements, "sandbox_mode", sandbox, warnings);
            webSearch = Clamp(requirements, "web_search", webSearch, warnings);
        }

        var features = new Dictionary<string, bool>(Features.FeatureRegistry.Defaults, StringComparer.Ordinal);
        if (merged["features"] is JsonObject configured)
        {
            foreach (var (name, value) in configured)
            {
                if (value is JsonValue v && v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False)
                {
                    features[name] = v.GetValue<bool>();
                }
            }
        }

        // experimentalFeature/enablement/set: process-wide runtime toggles over the config files.
        foreach (var (name, on) in runtimeFeatures)
        {
            features[name] = on;
        }

        if (requirements?.FeaturePins is { } pins)
        {
            foreach (var (name, pinned) in pins)
            {
                if (features.TryGetValue(name, out var current) && current != pinned && IsConfigured(name))
                {
                    warnings.Add(new ConfigWarning($"Feature `{name}` is pinned to {pinned.ToString().ToLowerInvariant()} by requirements ({requirements.SourceFile}); ignoring the configured value."));
                }

                features[name] = pinned;
            }
        }

        bool IsConfigured(string name) => (merged["features"] as JsonObject)?.ContainsKey(name) == true;

        var sww = ConfigValues.Table(merged, "sandbox_workspace_write");
        var sep = ConfigValues.Table(merged, "shell_environment_policy");
        var history = ConfigValues.Table(merged, "history");
        var trust = new Dictionary<string, string>(StringComparer.Ordinal);
        if (merged["projects"] is JsonObject projects)
        {
            foreach (var (dir, entry) in projects)
            {
                if (ConfigValues.String(entry as JsonObject, "trust_level") is { } level)
                {
                    trust[dir] = level;
                }
            }
        }

        return new EffectiveConfig
        {
            Model = ConfigValues.String(merged, "model"),
            ReviewModel = ConfigValues.String(merged, "review_model"),
            ModelProviderId = provider.Id,
            ModelProvider = provider,
            ModelProviders = providers,
            ApprovalPolicy = approval,
            GranularApprovalPolicy = merged["approval_policy"] is JsonObject granular ? (JsonObject)granular.DeepClone() : null,
            SandboxMode = sandbox,
            SandboxWorkspaceWrite = new SandboxWorkspaceWriteSettings(
                ConfigValues.StringList(sww, "writable_roots") ?? [],
                ConfigValues.Bool(sww, "network_access") ?? false,
                ConfigValues.Bool(sww, "exclude_tmpdir_env_var") ?? false,
                ConfigValues.Bool(sww, "exclude_slash_tmp") ?? false),
            ShellEnvironmentPolicy = new ShellEnvironmentPolicySettings(
                ConfigValues.String(sep, "inherit") ?? "all",
                ConfigValues.Bool(sep, "ignore_default_excludes") ?? false,
                ConfigValues.StringList(sep, "exclude") ?? [],
                ConfigValues.StringList(sep, "include_only"),
                ConfigValues.StringMap(sep, "set"),
                ConfigValues.Bool(sep, "experimental_use_profile") ?? false),
            Features = features,
            History = new HistorySettings(ConfigValues.String(history, "persistence") ?? "save-all", ConfigValues.Long(history, "max_bytes")),
            ProjectDocMaxBytes = ConfigValues.Long(merged, "project_doc_max_bytes") ?? 32768,
            ProjectDocFallbackFilenames = ConfigValues.StringList(merged, "project_doc_fallback_filenames") ?? [],
            ProjectRootMarkers = ConfigValues.StringList(merged, "project_root_markers") ?? [".git"],
            DeveloperInstructions = ConfigValues.String(merged, "developer_instructions"),
            Instructions = ConfigValues.String(merged, "instructions"),
            ModelInstructionsFile = ConfigValues.String(merged, "model_instructions_file"),
            ModelReasoningEffort = ConfigValues.String(merged, "model_reasoning_effort"),
            ModelReasoningSummary = ConfigValues.String(merged, "model_reasoning_summary"),
            ModelVerbosity = ConfigValues.String(merged, "model_verbosity"),
            ServiceTier = ConfigValues.String(merged, "service_tier"),
            Personality = ConfigValues.String(merged, "personality"),
            ModelContextWindow = ConfigValues.Long(merged, "model_context_window"),
            ModelAutoCompactTokenLimit = ConfigValues.Long(merged, "model_auto_compact_token_limit"),
            ModelCatalogJson = ConfigValues.String(merged, "model_catalog_json"),
            Notify = ConfigValues.StringList(merged, "notify"),
            WebSearch = webSearch,
            Tools = ConfigValues.Table(merged, "tools"),
            Skills = ConfigValues.Table(merged, "skills"),
            Hooks = ConfigValues.Table(merged, "hooks"),
            McpServers = McpServers(merged, requirements),
            Profiles = ConfigValues.Table(merged, "profiles"),
            ActiveProfile = profile,
            ProjectTrust = trust,
            Raw = merged,
        };
    }

    private static string Clamp(ConfigRequirements requirements, string key, string value, List<ConfigWarning> warnings)
    {
        var (result, warning) = requirements.Clamp(key, value);
        if (warning is not null)
        {
            warnings.Add(warning);
        }

        return result;
    }

    private static Dictionary<string, McpServerConfig> McpServers(JsonObject merged, ConfigRequirements? requirements)
    {
        var result = new Dictionary<string, McpServerConfig>(StringComparer.Ordinal);
        if (merged["mcp_servers"] is not JsonObject servers)
        {
            return result;
        }

        foreach (var (id, node) in servers)
        {
            if (node is not JsonObject table)
            {
                continue;
            }

            var command = ConfigValues.String(table, "command");
            var url = ConfigValues.String(table, "url");
            var allowed = requirements?.AllowsMcpServer(id, command, url) ?? true;
            var startup = ConfigValues.Number(table, "startup_timeout_sec") is { } sec
                ? TimeSpan.FromSeconds(sec)
                : ConfigValues.Long(table, "startup_timeout_ms") is { } ms ? TimeSpan.FromMilliseconds(ms) : TimeSpan.FromSeconds(10);
            result[id] = new McpServerConfig
            {
                Id = id,
                Command = command,
                Args = ConfigValues.StringList(table, "args") ?? [],
                Env = ConfigValues.StringMap(table, "env"),
                Cwd = ConfigValues.String(table, "cwd"),
                Url = url,
                Enabled = allowed && (ConfigValues.Bool(table, "enabled") ?? true),
                DisabledByRequirements = !allowed,
                Required = ConfigValues.Bool(table, "required") ?? false,
                StartupTimeout = startup,
                ToolTimeout = ConfigValues.Number(table, "tool_timeout_sec") is { } tool ? TimeSpan.FromSeconds(tool) : TimeSpan.FromSeconds(60),
                EnabledTools = ConfigValues.StringList(table, "enabled_tools"),
                DisabledTools = ConfigValues.StringList(table, "disabled_tools") ?? [],
                Raw = (JsonObject)table.DeepClone(),
            };
        }

        return result;
    }
}
