using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AppServer.Config;
using AppServer.Config.Layers;

namespace AppServer.Core.Hooks;

/// <summary>
/// Lists the hooks configured for a cwd the way codex 0.169.0's <c>hooks/list</c> does: first the managed hooks of
/// requirements.toml, then for every enabled config layer, lowest precedence first (system, user, trusted project,
/// session flags; only system when requirements set <c>allow_managed_hooks_only</c>), the <c>hooks.json</c>
/// next to the layer's config.toml and then the inline <c>[hooks]</c> table. Both use
/// <c>EventName = [{ matcher, hooks = [{ type, ... }] }]</c>; events are listed in the protocol's event order.
/// Each hook gets its positional key, its <see cref="HookHash"/> and its trust state from <see cref="HookStates"/>.
/// Problems never fail the call: they become the reference's warnings (or, for a malformed inline table, its
/// config error) in the result.
/// </summary>
public sealed class HookCatalog(ConfigService config)
{
    /// <summary>Timeout used when a handler sets none.</summary>
    public const ulong DefaultTimeoutSec = 600;

    private const string SessionFlagsPath = "/<session-flags>/config.toml";
    private const string UntrustedProjectPrefix = "To load project-local config";

    /// <summary>The events in protocol order: config name, wire name, key label, and what they accept.</summary>
    private static readonly HookEventInfo[] Events =
    [
        new("PreModelRequest", "preModelRequest", "pre_model_request", UsesMatcher: false, TakesContext: false),
        new("PostModelRequest", "postModelRequest", "post_model_request", UsesMatcher: false, TakesContext: false),
        new("PreToolUse", "preToolUse", "pre_tool_use", UsesMatcher: true, TakesContext: true),
        new("PermissionRequest", "permissionRequest", "permission_request", UsesMatcher: true, TakesContext: false),
        new("PostToolUse", "postToolUse", "post_tool_use", UsesMatcher: true, TakesContext: true),
        new("PreCompact", "preCompact", "pre_compact", UsesMatcher: true, TakesContext: false),
        new("PostCompact", "postCompact", "post_compact", UsesMatcher: true, TakesContext: false),
        new("SessionStart", "sessionStart", "session_start", UsesMatcher: true, TakesContext: true),
        new("SessionEnd", "sessionEnd", "session_end", UsesMatcher: true, TakesContext: false),
        new("UserPromptSubmit", "userPromptSubmit", "user_prompt_submit", UsesMatcher: false, TakesContext: true),
        new("SubagentStart", "subagentStart", "subagent_start", UsesMatcher: true, TakesContext: true),
        new("SubagentStop", "subagentStop", "subagent_stop", UsesMatcher: true, TakesContext: false),
        new("Stop", "stop", "stop", UsesMatcher: false, TakesContext: false),
        new("Interrupt", "interrupt", "interrupt", UsesMatcher: false, TakesContext: false),
    ];

    /// <summary>The cwd used when a call names none (the server's cwd).</summary>
    public string DefaultCwd => config.DefaultCwd;

    /// <summary>The hooks for <paramref name="cwd"/> (null: the server's cwd), with warnings and errors.</summary>
    public HookListing List(string? cwd)
    {
        var usable = cwd is not null && Path.IsPathFullyQualified(cwd) && Directory.Exists(cwd);
        var snapshot = config.Load(usable ? cwd : null);
        var listing = new Collector(cwd ?? config.DefaultCwd, HookStates.From(snapshot));
        if (snapshot.Effective.Features.TryGetValue("hooks", out var on) && !on)
        {
            return listing.Result();
        }

        // Administrator hooks from requirements.toml come first; they are managed, like the system layer's.
        var requirements = snapshot.Requirements;
        if (requirements?.ManagedHooks is { } managed)
        {
            var dir = (managed["managed_dir"] as JsonValue)?.TryGetValue<string>(out var d) == true ? d : null;
            var path = dir is not null && Path.IsPathFullyQualified(dir) ? dir : requirements.SourceFile;
            try
            {
                listing.Add(new HookFile(path, ParseEvents(managed)), HookOrigin.System);
            }
            catch (HookParseException ex)
            {
                return new HookListing(listing.Cwd, [], [], [new HookLoadError(listing.Cwd, $"{requirements.SourceFile}: {ex.Message}")]);
            }
        }

        foreach (var layer in snapshot.Layers.Reverse())
        {
            if (requirements?.AllowManagedHooksOnly == true && layer.Source.Kind != ConfigLayerKind.System)
            {
                continue;
            }

            if (!layer.Enabled)
            {
                // An untrusted project is expected; any other disabled layer is a config file that failed to load.
                if (layer.Source.Kind != ConfigLayerKind.Project && !layer.DisabledReason!.StartsWith(UntrustedProjectPrefix, StringComparison.Ordinal))
                {
                    listing.Errors.Add(new HookLoadError(listing.Cwd, layer.DisabledReason));
                }

                continue;
            }

            var origin = Origin(layer.Source.Kind);
            var configPath = ConfigPath(layer.Source);
            var json = ReadHooksJson(HooksJsonFolder(layer.Source), listing.Warnings);
            HookFile? toml;
            try
            {
                toml = layer.Values["hooks"] is JsonObject table ? new HookFile(configPath, ParseEvents(table)) : null;
            }
            catch (HookParseException ex)
            {
                // The reference types hooks inside config.toml itself: a malformed one fails the whole config, so
                // the listing is just that error, reported against the cwd.
                return new HookListing(listing.Cwd, [], [], [new HookLoadError(listing.Cwd, $"{configPath}: {ex.Message}")]);
            }

            if (json is { Events.Count: > 0 } && toml is { Events.Count: > 0 })
            {
                listing.Warnings.Add($"loading hooks from both {json.Path} and {toml.Path}; prefer a single representation for this layer");
            }

            foreach (var file in new[] { json, toml })
            {
                if (file is not null)
                {
                    listing.Add(file, origin);
                }
            }
        }

        return listing.Result();
    }

    /// <summary>
    /// The requirements' <c>[hooks]</c> table as <c>configRequirements/read</c> shows it: every event (config
    /// spelling) with its matcher groups, handlers with all their fields (unset ones null, timeouts not
    /// defaulted), and the managed folders. Null when the table is malformed.
    /// </summary>
    public static JsonObject? DescribeRequirementHooks(JsonObject managed)
    {
        try
        {
            var view = new JsonObject();
            foreach (var info in Events)
            {
                if (info.ConfigName == "PreToolUse")
                {
                    // The reference serializes the managed folders between the first two events and the rest.
                    view["managedDir"] = OptionalString(managed, "managed_dir");
                    view["windowsManagedDir"] = OptionalString(managed, "windows_managed_dir");
                }

                var groups = managed[info.ConfigName] switch
                {
                    null => [],
                    JsonArray list => list.Select(ParseGroup).ToList(),
                    _ => throw new HookParseException($"invalid type: expected a sequence of matcher groups for `{info.ConfigName}`"),
                };
                view[info.ConfigName] = new JsonArray(groups.Select(g => (JsonNode)new JsonObject
                {
                    ["matcher"] = g.Matcher,
                    ["hooks"] = new JsonArray(g.Handlers.Select(Describe).ToArray()),
                }).ToArray());
            }

            return view;
        }
        catch (HookParseException)
        {
            return null;
        }
    }

    private static JsonNode Describe(HookHandler handler) => handler.Type switch
    {
        "command" => new JsonObject
        {
            ["type"] = "command",
            ["command"] = handler.Command,
            ["commandWindows"] = handler.CommandWindows,
            ["timeoutSec"] = handler.Timeout,
            ["async"] = handler.Async,
            ["statusMessage"] = handler.StatusMessage,
            ["additionalContextLimit"] = handler.AdditionalContextLimit,
        },
        "mcpTool" => new JsonObject
        {
            ["type"] = "mcp_tool",
            ["server"] = handler.Server,
            ["tool"] = handler.Tool,
            ["input"] = handler.Input!.DeepClone(),
            ["timeoutSec"] = handler.Timeout,
            ["statusMessage"] = handler.StatusMessage,
        },
        _ => new JsonObject { ["type"] = handler.Type },
    };

    private static HookOrigin Origin(ConfigLayerKind kind) => kind switch
    {
        ConfigLayerKind.System => HookOrigin.System,
        ConfigLayerKind.Project => HookOrigin.Project,
        ConfigLayerKind.SessionFlags => HookOrigin.SessionFlags,
        _ => HookOrigin.User,
    };

    private static string ConfigPath(ConfigLayerSource source) => source.Kind switch
    {
        ConfigLayerKind.SessionFlags => SessionFlagsPath,
        ConfigLayerKind.Project => Path.Combine(source.DotCodexFolder!, "config.toml"),
        _ => source.File!,
    };

    // Profile files share the home folder with the user layer, whose hooks.json is read once.
    private static string? HooksJsonFolder(ConfigLayerSource source) => source.Kind switch
    {
        ConfigLayerKind.Project => source.DotCodexFolder,
        ConfigLayerKind.System => Path.GetDirectoryName(source.File),
        ConfigLayerKind.User when source.Profile is null => Path.GetDirectoryName(source.File),
        _ => null,
    };

    private static HookFile? ReadHooksJson(string? folder, List<string> warnings)
    {
        var path = folder is null ? null : Path.Combine(folder, "hooks.json");
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            warnings.Add($"failed to read hooks config {path}: {ex.Message}");
            return null;
        }

        try
        {
            if (JsonNode.Parse(text) is not JsonObject root)
            {
                throw new HookParseException("invalid type: expected struct HooksFile");
            }

            var unknown = root.Select(p => p.Key).FirstOrDefault(k => k is not ("hooks" or "description"));
            if (unknown is not null)
            {
                throw new HookParseException($"unknown field `{unknown}`, expected `description` or `hooks`");
            }

            var events = root["hooks"] is null ? [] : ParseEvents(root["hooks"]);
            return new HookFile(path, events);
        }
        catch (Exception ex) when (ex is JsonException or HookParseException)
        {
            warnings.Add($"failed to parse hooks config {path}: {ex.Message}");
            return null;
        }
    }

    /// <summary>Parses a hooks table strictly: any malformed handler rejects the whole file, like the reference.</summary>
    private static List<(HookEventInfo Event, List<HookGroup> Groups)> ParseEvents(JsonNode? node)
    {
        if (node is not JsonObject table)
        {
            throw new HookParseException("invalid type: expected a table of hook events");
        }

        var events = new List<(HookEventInfo, List<HookGroup>)>();
        foreach (var info in Events)
        {
            if (table[info.ConfigName] is not { } value)
            {
                continue;
            }

            if (value is not JsonArray groups)
            {
                throw new HookParseException($"invalid type: expected a sequence of matcher groups for `{info.ConfigName}`");
            }

            var parsed = groups.Select(ParseGroup).ToList();
            if (parsed.Count > 0)
            {
                events.Add((info, parsed));
            }
        }

        return events;
    }

    private static HookGroup ParseGroup(JsonNode? node)
    {
        if (node is not JsonObject group)
        {
            throw new HookParseException("invalid type: expected struct MatcherGroup");
        }

        var handlers = group["hooks"] switch
        {
            null => [],
            JsonArray list => list.Select(ParseHandler).ToList(),
            _ => throw new HookParseException("invalid type: expected a sequence of hook handlers"),
        };
        return new HookGroup(OptionalString(group, "matcher"), handlers);
    }

    private static HookHandler ParseHandler(JsonNode? node)
    {
        if (node is not JsonObject handler)
        {
            throw new HookParseException("invalid type: expected internally tagged enum HookHandlerConfig");
        }

        var type = (handler["type"] as JsonValue)?.TryGetValue<string>(out var t) == true ? t : throw new HookParseException("missing field `type`");
        return type switch
        {
            "command" => new HookHandler(
                "command",
                Command: RequiredString(handler, "command"),
                CommandWindows: OptionalString(handler, "commandWindows", "command_windows"),
                Timeout: OptionalUnsigned(handler, "timeout", "timeout_sec", "timeoutSec"),
                Async: OptionalBool(handler, "async") ?? false,
                StatusMessage: OptionalString(handler, "statusMessage", "status_message"),
                AdditionalContextLimit: OptionalUnsigned(handler, "additionalContextLimit", "additional_context_limit")),
            "mcp_tool" => new HookHandler(
                "mcpTool",
                Server: RequiredString(handler, "server"),
                Tool: RequiredString(handler, "tool"),
                Input: handler["input"] switch
                {
                    null => [],
                    JsonObject input => (JsonObject)input.DeepClone(),
                    _ => throw new HookParseException("invalid type: expected a map for `input`"),
                },
                Timeout: OptionalUnsigned(handler, "timeout", "timeout_sec", "timeoutSec"),
                StatusMessage: OptionalString(handler, "statusMessage", "status_message")),
            "prompt" or "agent" => new HookHandler(type),
            _ => throw new HookParseException($"unknown variant `{type}`, expected one of `command`, `mcp_tool`, `prompt`, `agent`"),
        };
    }

    private static string RequiredString(JsonObject obj, string name)
        => OptionalString(obj, name) ?? throw new HookParseException($"missing field `{name}`");

    private static string? OptionalString(JsonObject obj, params string[] names)
    {
        var node = names.Select(n => obj[n]).FirstOrDefault(n => n is not null);
        return node switch
        {
            null => null,
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => throw new HookParseException($"invalid type: expected a string for `{names[0]}`"),
        };
    }

    private static bool? OptionalBool(JsonObject obj, string name) => obj[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        _ => throw new HookParseException($"invalid type: expected a boolean for `{name}`"),
    };

    private static ulong? OptionalUnsigned(JsonObject obj, params string[] names)
    {
        var node = names.Select(n => obj[n]).FirstOrDefault(n => n is not null);
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue v && v.TryGetValue<long>(out var l) && l >= 0)
        {
            return (ulong)l;
        }

        if (node is JsonValue u && u.TryGetValue<ulong>(out var big))
        {
            return big;
        }

        throw new HookParseException($"invalid type: expected an unsigned integer for `{names[0]}`");
    }

    // The reference accepts "*" and "" as match-all; anything else must be a valid regex.
    private static string? MatcherProblem(string matcher)
    {
        if (matcher is "*" or "")
        {
            return null;
        }

        try
        {
            _ = new Regex(matcher, RegexOptions.None, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }

    private static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Rust's {:?} of a string: JSON-like quoting that leaves non-ASCII text as is.
    private static string Quote(string s) => JsonSerializer.Serialize(s, QuoteOptions);

    /// <summary>Accumulates one listing: hooks in display order, warnings, errors.</summary>
    private sealed class Collector(string cwd, IReadOnlyDictionary<string, HookState> states)
    {
        public string Cwd { get; } = cwd;

        public List<ConfiguredHook> Hooks { get; } = [];

        public List<string> Warnings { get; } = [];

        public List<HookLoadError> Errors { get; } = [];

        public HookListing Result() => new(Cwd, Hooks, Warnings, Errors);

        public void Add(HookFile file, HookOrigin origin)
        {
            foreach (var (info, groups) in file.Events)
            {
                for (var g = 0; g < groups.Count; g++)
                {
                    var matcher = info.UsesMatcher ? groups[g].Matcher : null;
                    if (matcher is not null && MatcherProblem(matcher) is { } problem)
                    {
                        Warnings.Add($"invalid matcher {Quote(matcher)} in {file.Path}: {problem}");
                        continue;
                    }

                    for (var h = 0; h < groups[g].Handlers.Count; h++)
                    {
                        if (Build(info, matcher, groups[g].Handlers[h], file.Path, origin, $"{file.Path}:{info.KeyLabel}:{g}:{h}") is { } hook)
                        {
                            Hooks.Add(hook);
                        }
                    }
                }
            }
        }

        private ConfiguredHook? Build(HookEventInfo info, string? matcher, HookHandler handler, string path, HookOrigin origin, string key)
        {
            if (handler.Type is "prompt" or "agent")
            {
                Warnings.Add($"skipping {handler.Type} hook in {path}: {handler.Type} hooks are not supported yet");
                return null;
            }

            var timeout = Math.Max(handler.Timeout ?? DefaultTimeoutSec, 1);
            string hash;
            ulong? contextLimit = null;
            if (handler.Type == "command")
            {
                if (string.IsNullOrWhiteSpace(handler.Command))
                {
                    Warnings.Add($"skipping empty hook command in {path}");
                    return null;
                }

                contextLimit = handler.AdditionalContextLimit;
                if (contextLimit is not null && !info.TakesContext)
                {
                    Warnings.Add($"ignoring additionalContextLimit for {info.ConfigName} hook in {path}: this event cannot emit additionalContext");
                    contextLimit = null;
                }

                hash = HookHash.Command(info.KeyLabel, matcher, handler.Command!, timeout, handler.Async, handler.StatusMessage, contextLimit);
            }
            else
            {
                hash = HookHash.McpTool(info.KeyLabel, matcher, handler.Server!, handler.Tool!, handler.Input!, timeout, handler.StatusMessage);
            }

            var managed = origin == HookOrigin.System;
            var state = states.GetValueOrDefault(key);
            return new ConfiguredHook
            {
                Key = key,
                EventName = info.WireName,
                HandlerType = handler.Type,
                Command = handler.Command,
                Async = handler.Async,
                Server = handler.Server,
                Tool = handler.Tool,
                Input = handler.Input,
                Matcher = matcher,
                TimeoutSec = timeout,
                StatusMessage = handler.StatusMessage,
                AdditionalContextLimit = contextLimit,
                SourcePath = path,
                Origin = origin,
                DisplayOrder = Hooks.Count,
                CurrentHash = hash,
                Enabled = managed || state?.Enabled != false,
                Trust = managed ? HookTrust.Managed
                    : state?.TrustedHash is not { } trusted ? HookTrust.Untrusted
                    : trusted == hash ? HookTrust.Trusted
                    : HookTrust.Modified,
            };
        }
    }

    private sealed record HookEventInfo(string ConfigName, string WireName, string KeyLabel, bool UsesMatcher, bool TakesContext);

    private sealed record HookFile(string Path, List<(HookEventInfo Event, List<HookGroup> Groups)> Events);

    private sealed record HookGroup(string? Matcher, List<HookHandler> Handlers);

    private sealed record HookHandler(
        string Type,
        string? Command = null,
        string? CommandWindows = null,
        string? Server = null,
        string? Tool = null,
        JsonObject? Input = null,
        ulong? Timeout = null,
        bool Async = false,
        string? StatusMessage = null,
        ulong? AdditionalContextLimit = null);

    private sealed class HookParseException(string message) : Exception(message);
}
