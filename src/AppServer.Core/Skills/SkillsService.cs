using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using AppServer.Config;
using AppServer.Config.Toml;
using AppServer.Config.Writing;
using AppServer.Core.Home;
using AppServer.Protocol.Items;

namespace AppServer.Core.Skills;

/// <summary>
/// Skill discovery for the whole server. For a cwd the roots are: the repository's <c>.agents/skills</c>
/// folders from the project root down to the cwd (scope repo), then <c>$CODEX_HOME/skills</c>,
/// <c>$HOME/.agents/skills</c> and the extra roots (scope user), then the system folder's <c>skills</c>
/// (scope admin). Each root's scan is cached until a watcher sees a change under it (then
/// <see cref="Changed"/> fires) or a caller forces a reload. Enablement comes from <c>[[skills.config]]</c>
/// entries (<c>name</c> or <c>path</c>, plus <c>enabled</c>; the last matching entry wins) and is read fresh
/// on every call, so config writes apply at once.
/// </summary>
public sealed class SkillsService : IDisposable
{
    private static readonly TimeSpan ChangeDebounce = TimeSpan.FromMilliseconds(200);

    private readonly ConfigService _config;
    private readonly CodexHome _home;
    private readonly string? _userHome;
    private readonly ConcurrentDictionary<string, (IReadOnlyList<Skill> Skills, IReadOnlyList<SkillLoadError> Errors)> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly Lock _debounceLock = new();
    private Timer? _debounce;
    private readonly Func<IReadOnlyList<PluginSkillRoot>> _pluginRoots;
    private IReadOnlyList<string> _extraRoots = [];
    private bool _disposed;

    /// <summary>Creates the service.</summary>
    /// <param name="config">Config (for <c>[[skills.config]]</c>, project root markers and writes).</param>
    /// <param name="home">The Codex home (<c>$CODEX_HOME/skills</c>).</param>
    /// <param name="userHome">The user's home (<c>$HOME/.agents/skills</c>); default from the environment.</param>
    /// <param name="pluginRoots">The skills folders of installed, enabled plugins (read on every listing); none by default.</param>
    public SkillsService(ConfigService config, CodexHome home, string? userHome = null, Func<IReadOnlyList<PluginSkillRoot>>? pluginRoots = null)
    {
        _config = config;
        _home = home;
        _pluginRoots = pluginRoots ?? (() => []);
        _userHome = userHome ?? Environment.GetEnvironmentVariable("HOME");
    }

    /// <summary>Raised (debounced) when files under a watched skill root change.</summary>
    public event Action? Changed;

    /// <summary>Raised when a folder cannot be watched or a change listener throws (for logging).</summary>
    public event Action<string, Exception>? WatchFailed;

    /// <summary>The user's <c>$CODEX_HOME/skills</c> folder.</summary>
    public string UserSkillsFolder => _home.Resolve("skills");

    /// <summary>Replaces the extra user-scope roots (<c>skills/extraRoots/set</c>).</summary>
    public void SetExtraRoots(IReadOnlyList<string> roots)
    {
        _extraRoots = roots.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The roots scanned for <paramref name="cwd"/>, highest-priority scope first.</summary>
    public IReadOnlyList<SkillRoot> RootsFor(string cwd, ConfigSnapshot snapshot)
    {
        var roots = new List<SkillRoot>();
        if (Path.IsPathFullyQualified(cwd))
        {
            var full = Path.GetFullPath(cwd);
            var projectRoot = ConfigService.FindProjectRoot(full, snapshot.Effective.ProjectRootMarkers);
            var folders = new List<string>();
            for (var dir = full; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                folders.Add(dir);
                if (dir == projectRoot)
                {
                    break;
                }
            }

            folders.Reverse();
            roots.AddRange(folders.Select(f => new SkillRoot(Path.Combine(f, ".agents", "skills"), SkillScopeKind.Repo)));
        }

        roots.Add(new SkillRoot(UserSkillsFolder, SkillScopeKind.User));
        if (!string.IsNullOrEmpty(_userHome))
        {
            roots.Add(new SkillRoot(Path.Combine(_userHome, ".agents", "skills"), SkillScopeKind.User));
        }

        roots.AddRange(_extraRoots.Select(r => new SkillRoot(r, SkillScopeKind.User)));
        roots.Add(new SkillRoot(Path.Combine(_config.Paths.SystemDir, "skills"), SkillScopeKind.Admin));
        return roots.DistinctBy(r => r.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The skills visible from <paramref name="cwd"/> (as given; a relative or missing folder still sees the
    /// user-scope skills), sorted by scope then name, with their enablement and the files that failed to load.
    /// </summary>
    public SkillListing List(string cwd, bool forceReload = false)
    {
        var snapshot = _config.Load(Path.IsPathFullyQualified(cwd) && Directory.Exists(cwd) ? cwd : null);
        var skills = new List<Skill>();
        var errors = new List<SkillLoadError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in RootsFor(cwd, snapshot))
        {
            var (found, failed) = ScanCached(root, forceReload);
            skills.AddRange(found.Where(s => seen.Add(s.Path)));
            errors.AddRange(failed.Where(e => seen.Add(e.Path)));
        }

        foreach (var plugin in _pluginRoots())
        {
            var (found, failed) = ScanCached(new SkillRoot(plugin.Path, SkillScopeKind.User), forceReload);
            skills.AddRange(found.Where(s => seen.Add(s.Path)).Select(s => s with { Name = $"{plugin.PluginName}:{s.Name}", PluginId = plugin.PluginId }));
            errors.AddRange(failed.Where(e => seen.Add(e.Path)));
        }

        var entries = EnablementEntries(snapshot.Merged);
        var states = skills
            .OrderBy(s => s.Scope)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Path, StringComparer.Ordinal)
            .Select(s => new SkillState(s, IsEnabled(s, entries)))
            .ToList();
        return new SkillListing(cwd, states, errors);
    }

    /// <summary>
    /// The injected instructions for the skills <paramref name="input"/> asks for (see <see cref="SkillMentions"/>),
    /// one text per skill, each a separate user message after the user's own. A skill whose file cannot be read
    /// any more is left out and reported through <paramref name="onReadFailure"/>.
    /// </summary>
    public IReadOnlyList<string> Injections(string cwd, IReadOnlyList<UserInput> input, Action<string>? onReadFailure = null)
    {
        if (!input.Any(i => i is SkillUserInput || (i is TextUserInput t && t.Text.Contains('$'))))
        {
            return [];
        }

        var texts = new List<string>();
        foreach (var skill in SkillMentions.Select(input, List(cwd).Skills))
        {
            try
            {
                texts.Add(RenderInjection(skill.Name, skill.Path, File.ReadAllText(skill.Path)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                onReadFailure?.Invoke($"Failed to load skill {skill.Name} at {skill.Path}: {ex.Message}");
            }
        }

        return texts;
    }

    /// <summary>
    /// The model-facing skills section for <paramref name="cwd"/>: every enabled skill's name, description and
    /// file, or null when there are none.
    /// </summary>
    public string? RenderInstructions(string cwd)
    {
        var enabled = List(cwd).Skills.Where(s => s.Enabled).Select(s => s.Skill).ToList();
        if (enabled.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        text.Append("<skills_instructions>\n## Skills\n");
        text.Append("A skill is a set of local instructions to follow that is stored in a `SKILL.md` file. ");
        text.Append("Below is the list of skills that can be used. Each entry includes a name, description, and file path so you can open the source for full instructions when using a specific skill.\n");
        text.Append("### Available skills\n");
        foreach (var skill in enabled)
        {
            text.Append("- ").Append(skill.Name).Append(": ").Append(skill.Description).Append(" (file: ").Append(skill.Path).Append(")\n");
        }

        text.Append("### How to use skills\n");
        text.Append("- If the user names a skill (with `$SkillName` or plain text) or the task clearly matches a skill's description, open its `SKILL.md` and follow it for that turn.\n");
        text.Append("- Resolve relative paths in a skill against the folder holding its `SKILL.md`; read only what the task needs.\n");
        text.Append("</skills_instructions>");
        return text.ToString();
    }

    /// <summary>
    /// The message a selected skill injects: its whole <c>SKILL.md</c> (front matter included, unchanged) in a
    /// <c>&lt;skill&gt;</c> block, as codex 0.169.0 sends it.
    /// </summary>
    public static string RenderInjection(string name, string path, string contents)
        => $"<skill>\n<name>{name}</name>\n<path>{path}</path>\n{contents}\n</skill>";

    /// <summary>
    /// Enables or disables a skill by name or by <c>SKILL.md</c> path in the user config (updating the matching
    /// <c>[[skills.config]]</c> entry, or adding one). Returns the enablement now in force for that selector.
    /// </summary>
    public async Task<bool> SetEnabledAsync(string? name, string? path, bool enabled, CancellationToken cancellationToken = default)
    {
        var user = _config.Load().UserLayer.Values;
        var entries = (JsonTree.Get(user, ["skills", "config"]) as JsonArray)?.DeepClone() as JsonArray ?? [];
        var match = entries.OfType<JsonObject>().LastOrDefault(e => Matches(e, name, path));
        if (match is not null)
        {
            match["enabled"] = enabled;
        }
        else
        {
            entries.Add(path is not null
                ? new JsonObject { ["path"] = path, ["enabled"] = enabled }
                : new JsonObject { ["name"] = name, ["enabled"] = enabled });
        }

        // Remove first: the file may spell the list as [[skills.config]] tables, which setting the key alone
        // would leave in place next to the new inline array (a duplicate key).
        await _config.WriteAsync(
                [new ConfigEdit("skills.config", null, ConfigMergeStrategy.Replace), new ConfigEdit("skills.config", entries, ConfigMergeStrategy.Replace)],
                null,
                null,
                cancellationToken)
            .ConfigureAwait(false);

        var effective = EnablementEntries(_config.Load().Merged).LastOrDefault(e => Matches(e, name, path));
        return effective is null ? enabled : (bool?)effective["enabled"] ?? true;
    }

    /// <summary>
    /// Forgets every cached scan and raises <see cref="Changed"/>: for changes the watchers cannot see, such as
    /// a plugin folder replaced by a rename on install.
    /// </summary>
    public void Invalidate()
    {
        _cache.Clear();
        RaiseChanged();
    }

    /// <summary>Stops watching.</summary>
    public void Dispose()
    {
        _disposed = true;
        foreach (var watcher in _watchers.Values)
        {
            watcher.Dispose();
        }

        _watchers.Clear();
        lock (_debounceLock)
        {
            _debounce?.Dispose();
        }
    }

    private (IReadOnlyList<Skill> Skills, IReadOnlyList<SkillLoadError> Errors) ScanCached(SkillRoot root, bool forceReload)
    {
        if (!forceReload && _cache.TryGetValue(root.Path, out var cached))
        {
            return cached;
        }

        if (root.Path == UserSkillsFolder)
        {
            // Like the reference, keep $CODEX_HOME/skills in place so a skill added later is seen by the watcher.
            TryCreate(root.Path);
        }

        var result = SkillRootScanner.Scan(root);
        _cache[root.Path] = result;
        Watch(root.Path);
        return result;
    }

    private static void TryCreate(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only home still lists skills; it just cannot be watched for new ones.
        }
    }

    private void Watch(string folder)
    {
        if (_disposed || _watchers.ContainsKey(folder) || !Directory.Exists(folder))
        {
            return;
        }

        try
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            FileSystemEventHandler onChange = (_, _) => OnRootChanged(folder);
            watcher.Changed += onChange;
            watcher.Created += onChange;
            watcher.Deleted += onChange;
            watcher.Renamed += (_, _) => OnRootChanged(folder);
            watcher.Error += (_, _) => OnRootChanged(folder); // overflow: rescan rather than miss a change
            watcher.EnableRaisingEvents = true;
            if (!_watchers.TryAdd(folder, watcher))
            {
                watcher.Dispose();
            }
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // Out of inotify watches, or the folder vanished: listing still works, only change events are lost.
            WatchFailed?.Invoke(folder, ex);
        }
    }

    private void OnRootChanged(string folder)
    {
        _cache.TryRemove(folder, out _);
        lock (_debounceLock)
        {
            if (_disposed)
            {
                return;
            }

            _debounce ??= new Timer(_ => RaiseChanged());
            _debounce.Change(ChangeDebounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void RaiseChanged()
    {
        try
        {
            Changed?.Invoke();
        }
        catch (Exception ex)
        {
            WatchFailed?.Invoke("skills/changed listener", ex);
        }
    }

    private static List<JsonObject> EnablementEntries(JsonObject merged)
        => (JsonTree.Get(merged, ["skills", "config"]) as JsonArray)?.OfType<JsonObject>().ToList() ?? [];

    private static bool IsEnabled(Skill skill, List<JsonObject> entries)
    {
        var enabled = true;
        foreach (var entry in entries)
        {
            if (Matches(entry, skill.Name, skill.Path, either: true) && entry["enabled"] is JsonValue v && v.TryGetValue<bool>(out var on))
            {
                enabled = on;
            }
        }

        return enabled;
    }

    private static bool Matches(JsonObject entry, string? name, string? path, bool either = false)
    {
        var entryPath = (entry["path"] as JsonValue)?.TryGetValue<string>(out var p) == true ? p : null;
        var entryName = (entry["name"] as JsonValue)?.TryGetValue<string>(out var n) == true ? n : null;
        var pathMatch = path is not null && entryPath is not null && string.Equals(Path.GetFullPath(entryPath), Path.GetFullPath(path), StringComparison.Ordinal);
        var nameMatch = name is not null && entryName is not null && entryName == name;
        return either ? pathMatch || nameMatch : (path is not null ? pathMatch : nameMatch);
    }
}
