using System.Reflection;
using System.Text.Json.Nodes;
using AppServer.Config.Toml;

namespace AppServer.Config;

/// <summary>
/// Builds <c>config/read</c>'s <c>config</c> object the way the reference shows it: every known key present
/// (null when unset, defaults where the reference fills them), then the merged values on top, with provider,
/// profile and workspace-write tables completed with their nulls/defaults.
/// </summary>
public static class ConfigReadView
{
    private static readonly JsonObject Defaults = Load("AppServer.Config.config-read-defaults.json");

    // Defaults the reference fills into tables only when the user wrote them (tui, an MCP server, features).
    private static readonly JsonObject TableDefaults = Load("AppServer.Config.config-read-table-defaults.json");

    private static readonly string[] ProviderKeys =
    [
        "name", "base_url", "model_catalog_url", "env_key", "env_key_instructions", "experimental_bearer_token", "auth",
        "gateway_oauth", "aws", "project_id", "location", "credential_file", "wire_api", "capabilities", "query_params",
        "http_headers", "env_http_headers", "request_max_retries", "stream_max_retries", "stream_idle_timeout_ms",
        "websocket_connect_timeout_ms", "requires_openai_auth", "supports_websockets", "supports_standalone_web_search",
    ];

    private static readonly string[] ProfileKeys =
    [
        "model", "service_tier", "model_provider", "approval_policy", "approvals_reviewer", "sandbox_mode", "model_reasoning_effort",
        "plan_mode_reasoning_effort", "model_reasoning_summary", "model_verbosity", "model_catalog_json", "personality",
        "chatgpt_base_url", "model_instructions_file", "js_repl_node_path", "js_repl_node_module_dirs", "experimental_compact_prompt_file",
        "include_permissions_instructions", "include_apps_instructions", "include_collaboration_mode_instructions",
        "include_environment_context", "include_environment_context_time", "experimental_use_unified_exec_tool", "tools", "web_search",
        "analytics", "tui", "windows", "features", "oss_provider",
    ];

    /// <summary>The <c>config</c> object for a merged tree.</summary>
    public static JsonObject Build(JsonObject merged)
    {
        var view = (JsonObject)Defaults.DeepClone();
        JsonTree.MergeInto(view, merged);
        if (view["model_providers"] is JsonObject providers)
        {
            foreach (var (_, node) in providers)
            {
                if (node is JsonObject provider)
                {
                    Fill(provider, ProviderKeys);
                    provider["wire_api"] ??= "responses";
                    provider["requires_openai_auth"] ??= false;
                    provider["supports_websockets"] ??= false;
                    provider["supports_standalone_web_search"] ??= false;
                }
            }
        }

        if (view["profiles"] is JsonObject profiles)
        {
            foreach (var (_, node) in profiles)
            {
                if (node is JsonObject profile)
                {
                    Fill(profile, ProfileKeys);
                }
            }
        }

        // The wire's tools.web_search is an options table; the boolean form shows as null, as in the reference.
        if (view["tools"] is JsonObject tools && tools["web_search"] is JsonValue)
        {
            tools["web_search"] = null;
        }

        if (merged["tui"] is JsonObject tui)
        {
            var filled = (JsonObject)TableDefaults["tui"]!.DeepClone();
            JsonTree.MergeInto(filled, tui);
            view["tui"] = filled;
        }

        if (view["features"] is JsonObject features && merged["features"] is JsonObject)
        {
            FillFrom(features, (JsonObject)TableDefaults["features"]!);
        }

        if (view["mcp_servers"] is JsonObject servers)
        {
            foreach (var (_, node) in servers)
            {
                if (node is JsonObject server)
                {
                    FillFrom(server, (JsonObject)TableDefaults["mcp_server"]!);
                }
            }
        }

        if (view["sandbox_workspace_write"] is JsonObject sww)
        {
            sww["writable_roots"] ??= new JsonArray();
            sww["network_access"] ??= false;
            sww["exclude_tmpdir_env_var"] ??= false;
            sww["exclude_slash_tmp"] ??= false;
        }

        return view;
    }

    private static void FillFrom(JsonObject table, JsonObject defaults)
    {
        foreach (var (key, value) in defaults)
        {
            if (!table.ContainsKey(key))
            {
                table[key] = value?.DeepClone();
            }
        }
    }

    private static void Fill(JsonObject table, string[] keys)
    {
        foreach (var key in keys)
        {
            if (!table.ContainsKey(key))
            {
                table[key] = null;
            }
        }
    }

    private static JsonObject Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded {name} is missing");
        return (JsonObject)JsonNode.Parse(stream)!;
    }
}
