using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using AppServer.Config.Layers;
using AppServer.Config.Requirements;
using AppServer.Config.Toml;
using AppServer.Config.Writing;

namespace AppServer.Config;

/// <summary>Outcome of a successful config write.</summary>
/// <param name="FilePath">The file written (the user config).</param>
/// <param name="Version">The file's new version.</param>
/// <param name="Overridden">Set when a higher layer (session flags, a trusted project) still wins for an edited key.</param>
public sealed record ConfigWriteResult(string FilePath, string Version, ConfigOverride? Overridden);

/// <summary>An edited key whose effective value comes from a higher layer.</summary>
public sealed record ConfigOverride(string Message, ConfigLayer OverridingLayer, JsonNode? EffectiveValue);

/// <summary>
/// The config API of the server (one instance per process). Loads the layers for a cwd — built-in defaults,
/// system <c>config.toml</c>, user <c>config.toml</c> (+ profile file), trusted project <c>.codex/config.toml</c>
/// files from the project root down to cwd, the legacy <c>[profiles.NAME]</c> table, then session flags
/// (<c>-c</c> and per-thread <c>config</c> maps) — and returns a <see cref="ConfigSnapshot"/> with the typed
/// <see cref="EffectiveConfig"/>. Writes edit the user file in place, preserving its formatting.
/// A broken file never stops the server: the last good version of that file is used and a warning is reported.
/// </summary>
public sealed class ConfigService
{
    private readonly IReadOnlyList<string> _cliOverrides;
    private readonly ConcurrentDictionary<string, JsonObject> _lastGood = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<string, bool> _runtimeFeatures = new(StringComparer.Ordinal);
    private readonly Lock _requirementsLock = new();
    private (ConfigRequirements? Requirements, ConfigWarning? Warning)? _requirements;

    /// <summary>Creates the service.</summary>
    /// <param name="paths">System folder and Codex home.</param>
    /// <param name="cliOverrides">The <c>-c key=value</c> flags, in order.</param>
    /// <param name="profile">The <c>-p/--profile</c> name, if any.</param>
    /// <param name="defaultCwd">The cwd used when a load names none (the server's cwd).</param>
    public ConfigService(ConfigPaths paths, IReadOnlyList<string>? cliOverrides = null, string? profile = null, string? defaultCwd = null)
    {
        Paths = paths;
        _cliOverrides = cliOverrides ?? [];
        Profile = string.IsNullOrWhiteSpace(profile) ? null : profile;
        DefaultCwd = defaultCwd ?? Directory.GetCurrentDirectory();
        Models = new Models.ModelCatalogService(this);
    }

    /// <summary>Where the config files are.</summary>
    public ConfigPaths Paths { get; }

    /// <summary>The profile selected on the command line, or null.</summary>
    public string? Profile { get; }

    /// <summary>The cwd used when none is given.</summary>
    public string DefaultCwd { get; }

    /// <summary>The model catalog (built-in plus <c>model_catalog_json</c>).</summary>
    public Models.ModelCatalogService Models { get; }

    /// <summary>
    /// Raised after a successful write to the user config, with the new snapshot for the default cwd, so running
    /// parts of the server (MCP, threads with <c>reloadUserConfig</c>) can pick up changes.
    /// </summary>
    public event Action<ConfigSnapshot>? UserConfigChanged;

    /// <summary>Re-reads the config from disk and raises <see cref="UserConfigChanged"/> (e.g. for <c>config/mcpServer/reload</c>).</summary>
    public void NotifyUserConfigChanged() => UserConfigChanged?.Invoke(Load());

    /// <summary>Process-wide feature toggles set with <c>experimentalFeature/enablement/set</c> (over config, under requirement pins).</summary>
    public IReadOnlyDictionary<string, bool> RuntimeFeatures => _runtimeFeatures;

    /// <summary>Sets process-wide feature toggles; returns the entries applied.</summary>
    public IReadOnlyDictionary<string, bool> SetRuntimeFeatures(IReadOnlyDictionary<string, bool> enablement)
    {
        foreach (var (name, on) in enablement)
        {
            _runtimeFeatures[name] = on;
        }

        return enablement;
    }

    /// <summary>The requirements (<c>requirements.toml</c> in the system folder), or null when there are none.</summary>
    public ConfigRequirements? Requirements => LoadRequirements().Requirements;

    /// <summary>Why requirements.toml could not be used, or null when it loaded (or does not exist).</summary>
    public ConfigWarning? RequirementsProblem => LoadRequirements().Warning;

    /// <summary>Re-reads <c>requirements.toml</c> on the next access.</summary>
    public void ReloadRequirements()
    {
        lock (_requirementsLock)
        {
            _requirements = null;
        }
    }

    /// <summary>
    /// Loads the config as seen from <paramref name="cwd"/> (default: the server's cwd), with optional per-thread
    /// overrides (<c>thread/start.config</c>: dotted keys or nested tables) layered with the <c>-c</c> flags.
    /// </summary>
    public ConfigSnapshot Load(string? cwd = null, JsonObject? sessionOverrides = null)
    {
        var warnings = new List<ConfigWarning>();
        var (requirements, requirementsWarning) = LoadRequirements();
        if (requirementsWarning is not null)
        {
            warnings.Add(requirementsWarning);
        }

        var system = ReadFileLayer(new ConfigLayerSource(ConfigLayerKind.System, File: Paths.SystemConfigFile), warnings);
        var user = ReadFileLayer(new ConfigLayerSource(ConfigLayerKind.User, File: Paths.UserConfigFile), warnings);

        // Folders and the profile name are decided by the layers below the project ones.
        var baseMerged = new JsonObject();
        JsonTree.MergeInto(baseMerged, system.Values);
        JsonTree.MergeInto(baseMerged, user.Values);

        var session = ConfigOverrides.Parse(_cliOverrides, warnings);
        if (sessionOverrides is not null)
        {
            foreach (var (key, value) in sessionOverrides)
            {
                JsonTree.Set(session, JsonTree.SplitKeyPath(key), value?.DeepClone());
            }
        }

        var profileName = Profile ?? ConfigValues.String(session, "profile");
        ConfigLayer? profileLayer = null;
        if (profileName is not null && File.Exists(Paths.ProfileConfigFile(profileName)))
        {
            profileLayer = ReadFileLayer(new ConfigLayerSource(ConfigLayerKind.User, File: Paths.ProfileConfigFile(profileName), Profile: profileName), warnings);
            JsonTree.MergeInto(baseMerged, profileLayer.Values);
        }

        var projects = ProjectLayers(Path.GetFullPath(cwd ?? DefaultCwd), baseMerged, warnings);

        // Lowest precedence first.
        var ordered = new List<ConfigLayer> { system, user };
        if (profileLayer is not null)
        {
            ordered.Add(profileLayer);
        }

        ordered.AddRange(projects);
        ConfigLayer? sessionLayer = null;
        if (session.Count > 0)
        {
            sessionLayer = new ConfigLayer(new ConfigLayerSource(ConfigLayerKind.SessionFlags), session);
            var error = ConfigSchema.Validate(session);
            if (error is not null)
            {
                warnings.Add(new ConfigWarning("Invalid configuration in session flags; ignoring them.", error.Message.TrimEnd()));
                sessionLayer = new ConfigLayer(sessionLayer.Source, session, error.Message.TrimEnd());
            }
        }

        var merged = new JsonObject();
        var origins = new Dictionary<string, ConfigLayer>(StringComparer.Ordinal);
        foreach (var layer in ordered.Where(l => l.Enabled))
        {
            MergeLayer(merged, origins, layer);
        }

        // A legacy [profiles.NAME] table sits between the project layers and the session flags.
        if (profileName is not null && profileLayer is null && JsonTree.Get(merged, ["profiles", profileName]) is JsonObject legacyProfile)
        {
            JsonTree.MergeInto(merged, legacyProfile);
        }
        else if (profileName is not null && profileLayer is null)
        {
            warnings.Add(new ConfigWarning($"Profile `{profileName}` not found: neither {Paths.ProfileConfigFile(profileName)} nor [profiles.{profileName}] exists."));
        }

        if (sessionLayer is { Enabled: true })
        {
            MergeLayer(merged, origins, sessionLayer);
            ordered.Add(sessionLayer);
        }
        else if (sessionLayer is not null)
        {
            ordered.Add(sessionLayer);
        }

        var effective = EffectiveConfigBuilder.Build(merged, profileName, requirements, RuntimeFeatures, warnings);
        ordered.Reverse();
        return new ConfigSnapshot
        {
            Layers = ordered,
            Merged = merged,
            Origins = origins,
            Effective = effective,
            Requirements = requirements,
            Warnings = warnings,
        };
    }

    /// <summary>
    /// Applies <paramref name="edits"/> to the user config atomically (all or nothing), preserving comments and
    /// layout. Serialised: concurrent writers never lose each other's edits.
    /// </summary>
    /// <exception cref="ConfigWriteException">Invalid edit, version conflict, read-only target, or a broken file.</exception>
    public async Task<ConfigWriteResult> WriteAsync(IReadOnlyList<ConfigEdit> edits, string? expectedVersion, string? filePath, CancellationToken cancellationToken = default)
    {
        var target = Paths.UserConfigFile;
        if (!string.IsNullOrEmpty(filePath) && !SameFile(filePath, target))
        {
            throw new ConfigWriteException(ConfigWriteErrorCode.ConfigLayerReadonly, "Only writes to the user config are allowed");
        }

        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        string version;
        try
        {
            var text = File.Exists(target) ? await File.ReadAllTextAsync(target, cancellationToken).ConfigureAwait(false) : "";
            JsonObject tree;
            try
            {
                tree = TomlJson.Parse(text, target);
            }
            catch (ConfigFileException ex)
            {
                // Never rewrite a file we cannot read: the user's text would be lost.
                throw new ConfigWriteException(ConfigWriteErrorCode.ConfigValidationError, $"Invalid configuration: {ex.Message}");
            }

            if (!string.IsNullOrEmpty(expectedVersion) && expectedVersion != JsonTree.Version(tree))
            {
                throw new ConfigWriteException(ConfigWriteErrorCode.ConfigVersionConflict, "Configuration was modified since last read. Fetch latest version and retry.");
            }

            var result = ConfigEditApplier.Apply(text, tree, edits);
            if (result.Text != text)
            {
                AtomicFile.Write(target, result.Text);
            }

            _lastGood[target] = result.Tree;
            version = JsonTree.Version(result.Tree);
        }
        finally
        {
            _writeLock.Release();
        }

        var snapshot = Load();
        UserConfigChanged?.Invoke(snapshot);
        return new ConfigWriteResult(target, version, FindOverride(snapshot, edits));
    }

    private static ConfigOverride? FindOverride(ConfigSnapshot snapshot, IReadOnlyList<ConfigEdit> edits)
    {
        foreach (var edit in edits)
        {
            var path = JsonTree.SplitKeyPath(edit.KeyPath);
            var dotted = string.Join('.', path);
            var winner = snapshot.Origins
                .Where(o => o.Key == dotted || o.Key.StartsWith(dotted + ".", StringComparison.Ordinal))
                .Select(o => o.Value)
                .FirstOrDefault(l => l.Source.Kind is ConfigLayerKind.SessionFlags or ConfigLayerKind.Project);
            if (winner is not null)
            {
                var message = winner.Source.Kind == ConfigLayerKind.SessionFlags ? "Overridden by session flags" : "Overridden by project config";
                return new ConfigOverride(message, winner, JsonTree.Get(snapshot.Merged, path)?.DeepClone());
            }
        }

        return null;
    }

    private static void MergeLayer(JsonObject merged, Dictionary<string, ConfigLayer> origins, ConfigLayer layer)
    {
        JsonTree.MergeInto(merged, layer.Values);
        foreach (var (path, _) in JsonTree.Leaves(layer.Values))
        {
            // A higher layer replacing a table with a value also replaces the table's origins.
            foreach (var stale in origins.Keys.Where(k => k.StartsWith(path + ".", StringComparison.Ordinal)).ToList())
            {
                origins.Remove(stale);
            }

            origins[path] = layer;
        }
    }

    private List<ConfigLayer> ProjectLayers(string cwd, JsonObject baseMerged, List<ConfigWarning> warnings)
    {
        var markers = ConfigValues.StringList(baseMerged, "project_root_markers") ?? [".git"];
        var root = FindProjectRoot(cwd, markers);
        var folders = new List<string>();
        for (var dir = cwd; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            folders.Add(dir);
            if (dir == root)
            {
                break;
            }
        }

        folders.Reverse();
        var trusted = IsTrusted(cwd, baseMerged);
        var layers = new List<ConfigLayer>();
        var untrusted = new List<string>();
        foreach (var folder in folders)
        {
            var dotCodex = Path.Combine(folder, ".codex");
            var file = Path.Combine(dotCodex, "config.toml");
            if (!File.Exists(file) || SameFile(file, Paths.UserConfigFile))
            {
                continue;
            }

            var source = new ConfigLayerSource(ConfigLayerKind.Project, File: file, DotCodexFolder: dotCodex);
            var layer = ReadFileLayer(source, warnings);
            if (!trusted && layer.Enabled)
            {
                layer = new ConfigLayer(source, layer.Values,
                    $"To load project-local config, hooks, and exec policies, add {root} as a trusted project in {Paths.UserConfigFile}.");
                untrusted.Add(dotCodex);
            }

            layers.Add(layer);
        }

        if (untrusted.Count > 0)
        {
            var lines = string.Concat(untrusted.Select((folder, i) =>
                $"    {i + 1}. {folder}\n       To load project-local config, hooks, and exec policies, add {root} as a trusted project in {Paths.UserConfigFile}.\n"));
            warnings.Add(new ConfigWarning(
                "Project-local config, hooks, and exec policies are disabled in the following folders until the project is trusted, but skills still load.\n" + lines));
        }

        return layers;
    }

    /// <summary>The nearest folder at or above <paramref name="cwd"/> holding a root marker; <paramref name="cwd"/> when none does.</summary>
    public static string FindProjectRoot(string cwd, IReadOnlyList<string> markers)
    {
        for (var dir = cwd; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (markers.Any(m => File.Exists(Path.Combine(dir, m)) || Directory.Exists(Path.Combine(dir, m))))
            {
                return dir;
            }
        }

        return cwd;
    }

    /// <summary>Trust of <paramref name="cwd"/>: the nearest <c>[projects."DIR"]</c> entry at or above it decides.</summary>
    private static bool IsTrusted(string cwd, JsonObject merged)
    {
        if (merged["projects"] is not JsonObject projects)
        {
            return false;
        }

        for (var dir = cwd; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (projects[dir] is JsonObject entry && ConfigValues.String(entry, "trust_level") is { } level)
            {
                return level == "trusted";
            }
        }

        return false;
    }

    private ConfigLayer ReadFileLayer(ConfigLayerSource source, List<ConfigWarning> warnings)
    {
        var file = source.File!;
        string text;
        try
        {
            if (!File.Exists(file))
            {
                _lastGood.TryRemove(file, out _);
                return new ConfigLayer(source, new JsonObject());
            }

            text = File.ReadAllText(file);
        }
        catch (IOException ex)
        {
            warnings.Add(new ConfigWarning($"Failed to read config file {file}", ex.Message, file));
            return new ConfigLayer(source, new JsonObject(), ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            warnings.Add(new ConfigWarning($"Failed to read config file {file}", ex.Message, file));
            return new ConfigLayer(source, new JsonObject(), ex.Message);
        }

        ConfigFileException? problem = null;
        JsonObject? values = null;
        try
        {
            values = TomlJson.Parse(text, file);
            if (ConfigSchema.Validate(values) is { } error)
            {
                var location = TomlSyntaxIndex.TryBuild(text)?.FindKeyValue(error.Path);
                problem = new ConfigFileException(file, location?.Line ?? 1, location?.Column ?? 1, error.Message.TrimEnd());
            }
            else if (ConfigValues.String(values, "profile") is { } legacyProfile)
            {
                // The reference no longer honours a profile chosen inside a config file; it rejects the file.
                var location = TomlSyntaxIndex.TryBuild(text)?.FindKeyValue(["profile"]);
                problem = new ConfigFileException(file, location?.Line ?? 1, location?.Column ?? 1,
                    $"legacy `profile = \"{legacyProfile}\"` config is no longer supported; use `--profile {legacyProfile}` with `{legacyProfile}.config.toml` instead");
            }
        }
        catch (ConfigFileException ex)
        {
            problem = ex;
        }

        if (problem is null)
        {
            _lastGood[file] = values!;
            return new ConfigLayer(source, values!);
        }

        var fallback = _lastGood.TryGetValue(file, out var good);
        warnings.Add(new ConfigWarning(
            fallback ? "Invalid configuration; using the last valid version of this file." : "Invalid configuration; ignoring this file.",
            problem.Message,
            file,
            problem.Line,
            problem.Column));
        return fallback
            ? new ConfigLayer(source, (JsonObject)good!.DeepClone())
            : new ConfigLayer(source, new JsonObject(), problem.Message);
    }

    private (ConfigRequirements? Requirements, ConfigWarning? Warning) LoadRequirements()
    {
        lock (_requirementsLock)
        {
            if (_requirements is { } cached)
            {
                return cached;
            }

            try
            {
                _requirements = (ConfigRequirements.Load(Paths.RequirementsFile), null);
            }
            catch (ConfigFileException ex)
            {
                _requirements = (null, new ConfigWarning("Invalid requirements.toml", ex.Reason, ex.File, ex.Line, ex.Column));
            }
            catch (IOException ex)
            {
                _requirements = (null, new ConfigWarning("Failed to read requirements.toml", ex.Message, Paths.RequirementsFile));
            }

            return _requirements.Value;
        }
    }

    private static bool SameFile(string a, string b)
        => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
