using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AppServer.Config;
using AppServer.Config.Layers;

namespace AppServer.Core.Hooks;

/// <summary>
/// Lists the hooks configured for a cwd: for every active config layer (system, user, trusted project,
/// session flags — lowest precedence first) the inline <c>[hooks]</c> table of its <c>config.toml</c> and a
/// <c>hooks.json</c> next to it. Both use the same shape: <c>EventName = [{ matcher, hooks = [{ type, command,
/// timeout, statusMessage, async }] }]</c>. Hooks from every layer are listed (they all run).
/// </summary>
public sealed class HookCatalog(ConfigService config)
{
    /// <summary>Timeout used when a handler sets none.</summary>
    public const ulong DefaultTimeoutSec = 600;

    /// <summary>Config event names (PascalCase) and their wire (camelCase) and key (snake_case) forms.</summary>
    private static readonly Dictionary<string, (string Wire, string Key)> Events = new(StringComparer.Ordinal)
    {
        ["PreModelRequest"] = ("preModelRequest", "pre_model_request"),
        ["PostModelRequest"] = ("postModelRequest", "post_model_request"),
        ["PreToolUse"] = ("preToolUse", "pre_tool_use"),
        ["PermissionRequest"] = ("permissionRequest", "permission_request"),
        ["PostToolUse"] = ("postToolUse", "post_tool_use"),
        ["PreCompact"] = ("preCompact", "pre_compact"),
        ["PostCompact"] = ("postCompact", "post_compact"),
        ["SessionStart"] = ("sessionStart", "session_start"),
        ["SessionEnd"] = ("sessionEnd", "session_end"),
        ["UserPromptSubmit"] = ("userPromptSubmit", "user_prompt_submit"),
        ["SubagentStart"] = ("subagentStart", "subagent_start"),
        ["SubagentStop"] = ("subagentStop", "subagent_stop"),
        ["Stop"] = ("stop", "stop"),
        ["Interrupt"] = ("interrupt", "interrupt"),
    };

    /// <summary>The cwd used when a call names none (the server's cwd).</summary>
    public string DefaultCwd => config.DefaultCwd;

    /// <summary>The hooks for <paramref name="cwd"/> (null: the server's cwd), with per-file warnings and errors.</summary>
    public HookListing List(string? cwd)
    {
        var snapshot = config.Load(cwd is not null && Path.IsPathFullyQualified(cwd) && Directory.Exists(cwd) ? cwd : null);
        var hooks = new List<ConfiguredHook>();
        var warnings = new List<string>();
        var errors = new List<HookLoadError>();
        if (snapshot.Effective.Features.TryGetValue("hooks", out var on) && !on)
        {
            return new HookListing(cwd ?? config.DefaultCwd, hooks, warnings, errors);
        }

        foreach (var layer in snapshot.Layers.Reverse().Where(l => l.Enabled))
        {
            var origin = Origin(layer.Source.Kind);
            if (origin is null)
            {
                continue;
            }

            var configFile = layer.Source.File ?? "<session flags>";
            var inline = layer.Values["hooks"] as JsonObject;
            if (inline is not null)
            {
                Collect(inline, configFile, origin.Value, hooks, warnings, errors);
            }

            var folder = layer.Source.File is { } file ? Path.GetDirectoryName(file) : null;
            var jsonFile = folder is null ? null : Path.Combine(folder, "hooks.json");
            if (jsonFile is not null && File.Exists(jsonFile))
            {
                if (inline is not null)
                {
                    warnings.Add($"{folder} has both hooks.json and inline [hooks] in config.toml; both are loaded. Prefer one.");
                }

                try
                {
                    var root = JsonNode.Parse(File.ReadAllText(jsonFile)) as JsonObject;
                    if (root?["hooks"] is JsonObject table)
                    {
                        Collect(table, jsonFile, origin.Value, hooks, warnings, errors);
                    }
                    else
                    {
                        errors.Add(new HookLoadError(jsonFile, "expected an object with a `hooks` object"));
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
                {
                    errors.Add(new HookLoadError(jsonFile, ex.Message));
                }
            }
        }

        return new HookListing(cwd ?? config.DefaultCwd, hooks, warnings, errors);
    }

    private static HookOrigin? Origin(ConfigLayerKind kind) => kind switch
    {
        ConfigLayerKind.System => HookOrigin.System,
        ConfigLayerKind.User => HookOrigin.User,
        ConfigLayerKind.Project => HookOrigin.Project,
        ConfigLayerKind.SessionFlags => HookOrigin.SessionFlags,
        _ => null,
    };

    private static void Collect(JsonObject table, string source, HookOrigin origin, List<ConfiguredHook> hooks, List<string> warnings, List<HookLoadError> errors)
    {
        foreach (var (eventName, groups) in table)
        {
            if (!Events.TryGetValue(eventName, out var names))
            {
                // Other keys of the [hooks] table (e.g. trust state) are not event lists.
                if (groups is JsonArray)
                {
                    warnings.Add($"{source}: unknown hook event `{eventName}` ignored");
                }

                continue;
            }

            if (groups is not JsonArray groupList)
            {
                errors.Add(new HookLoadError(source, $"hooks.{eventName} must be an array of matcher groups"));
                continue;
            }

            for (var g = 0; g < groupList.Count; g++)
            {
                if (groupList[g] is not JsonObject group || group["hooks"] is not JsonArray handlers)
                {
                    errors.Add(new HookLoadError(source, $"hooks.{eventName}[{g}] must be a table with a `hooks` array"));
                    continue;
                }

                var matcher = Text(group["matcher"]);
                for (var h = 0; h < handlers.Count; h++)
                {
                    if (handlers[h] is not JsonObject handler)
                    {
                        errors.Add(new HookLoadError(source, $"hooks.{eventName}[{g}].hooks[{h}] must be a table"));
                        continue;
                    }

                    var hook = Build(handler, names, matcher, source, origin, g, h, hooks.Count, out var problem);
                    if (hook is null)
                    {
                        errors.Add(new HookLoadError(source, $"hooks.{eventName}[{g}].hooks[{h}]: {problem}"));
                    }
                    else
                    {
                        hooks.Add(hook);
                    }
                }
            }
        }
    }

    private static ConfiguredHook? Build(JsonObject handler, (string Wire, string Key) names, string? matcher, string source, HookOrigin origin, int group, int index, long order, out string? problem)
    {
        problem = null;
        var type = Text(handler["type"]) ?? "command";
        var handlerType = type switch
        {
            "command" => "command",
            "prompt" => "prompt",
            "agent" => "agent",
            "mcpTool" or "mcp_tool" => "mcpTool",
            _ => null,
        };
        if (handlerType is null)
        {
            problem = $"unknown hook type `{type}`";
            return null;
        }

        var command = Text(handler["command"]);
        if (handlerType == "command" && string.IsNullOrWhiteSpace(command))
        {
            problem = "missing field `command`";
            return null;
        }

        var server = Text(handler["server"]);
        var tool = Text(handler["tool"]);
        if (handlerType == "mcpTool" && (server is null || tool is null))
        {
            problem = "mcpTool hooks need `server` and `tool`";
            return null;
        }

        var timeout = Unsigned(handler["timeout"]) ?? Unsigned(handler["timeoutSec"]) ?? DefaultTimeoutSec;
        var canonical = new JsonObject
        {
            ["event"] = names.Key,
            ["matcher"] = matcher,
            ["type"] = handlerType,
            ["command"] = command,
            ["server"] = server,
            ["tool"] = tool,
            ["timeout"] = timeout,
            ["async"] = Bool(handler["async"]),
        };
        var hash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToJsonString())));
        return new ConfiguredHook
        {
            Key = $"{source}:{names.Key}:{group}:{index}",
            EventName = names.Wire,
            HandlerType = handlerType,
            Command = handlerType == "command" ? command : null,
            Async = Bool(handler["async"]),
            Server = handlerType == "mcpTool" ? server : null,
            Tool = handlerType == "mcpTool" ? tool : null,
            Matcher = matcher,
            TimeoutSec = timeout,
            StatusMessage = Text(handler["statusMessage"]) ?? Text(handler["status_message"]),
            AdditionalContextLimit = Unsigned(handler["additionalContextLimit"]) ?? Unsigned(handler["additional_context_limit"]),
            SourcePath = source,
            Origin = origin,
            DisplayOrder = order,
            CurrentHash = hash,
        };
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool Bool(JsonNode? node) => node is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static ulong? Unsigned(JsonNode? node)
    {
        if (node is not JsonValue v)
        {
            return null;
        }

        if (v.TryGetValue<long>(out var l) && l >= 0)
        {
            return (ulong)l;
        }

        if (v.TryGetValue<double>(out var d) && d >= 0)
        {
            return (ulong)d;
        }

        return v.TryGetValue<decimal>(out var m) && m >= 0 ? (ulong)m : null;
    }
}
