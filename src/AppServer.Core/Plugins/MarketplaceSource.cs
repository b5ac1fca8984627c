namespace AppServer.Core.Plugins;

/// <summary>
/// A <c>marketplace/add</c> source: a local folder (absolute, <c>./</c>, <c>../</c>, <c>~/</c>, <c>.</c> or
/// <c>..</c>) or a git repository (<c>https://</c>, <c>http://</c>, <c>ssh://</c>, <c>git@host:path</c>, or
/// GitHub's <c>owner/repo</c>). A git ref may follow as <c>#ref</c> (or <c>@ref</c> outside URLs); the
/// explicit <c>refName</c> parameter wins over it.
/// </summary>
public abstract record MarketplaceSource
{
    /// <summary>How the source is shown in messages.</summary>
    public abstract string Display { get; }

    /// <summary>Parses <paramref name="source"/>; relative local paths resolve against <paramref name="baseDirectory"/>.</summary>
    /// <exception cref="PluginRequestException">Empty, malformed, or a local path that does not exist.</exception>
    public static MarketplaceSource Parse(string source, string? explicitRef, IReadOnlyList<string> sparsePaths, string baseDirectory, string? userHome)
    {
        source = source.Trim();
        if (source.Length == 0)
        {
            throw new PluginRequestException("marketplace source must not be empty");
        }

        var (baseSource, parsedRef) = SplitRef(source);
        var refName = explicitRef ?? parsedRef;
        if (LooksLikeLocalPath(baseSource))
        {
            if (refName is not null)
            {
                throw new PluginRequestException("--ref is only supported for git marketplace sources");
            }

            if (sparsePaths.Count > 0)
            {
                throw new PluginRequestException("--sparse is only supported for git marketplace sources");
            }

            return new LocalMarketplaceSource(ResolveLocal(baseSource, baseDirectory, userHome));
        }

        if (baseSource.StartsWith("ssh://", StringComparison.Ordinal) || IsScpLike(baseSource)
            || baseSource.StartsWith("https://", StringComparison.Ordinal) || baseSource.StartsWith("http://", StringComparison.Ordinal))
        {
            var url = baseSource.TrimEnd('/');
            if (url.StartsWith("https://github.com/", StringComparison.Ordinal) && !url.EndsWith(".git", StringComparison.Ordinal))
            {
                url += ".git";
            }

            return new GitMarketplaceSource(url, refName, sparsePaths);
        }

        var segments = baseSource.Split('/');
        if (segments.Length == 2 && segments.All(s => s.Length > 0 && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            return new GitMarketplaceSource($"https://github.com/{baseSource}.git", refName, sparsePaths);
        }

        throw new PluginRequestException("invalid marketplace source format; expected owner/repo, a git URL, or a local marketplace path");
    }

    private static (string Base, string? Ref) SplitRef(string source)
    {
        var hash = source.LastIndexOf('#');
        if (hash >= 0)
        {
            return (source[..hash], NonEmpty(source[(hash + 1)..]));
        }

        var at = source.LastIndexOf('@');
        if (at >= 0 && !source.Contains("://", StringComparison.Ordinal) && !IsScpLike(source) && !LooksLikeLocalPath(source))
        {
            return (source[..at], NonEmpty(source[(at + 1)..]));
        }

        return (source, null);
    }

    private static string? NonEmpty(string value) => value.Trim() is { Length: > 0 } v ? v : null;

    private static bool IsScpLike(string source) => source.StartsWith("git@", StringComparison.Ordinal) && source.Contains(':');

    private static bool LooksLikeLocalPath(string source)
        => source.StartsWith('/') || source.StartsWith("./", StringComparison.Ordinal) || source.StartsWith("../", StringComparison.Ordinal)
           || source.StartsWith("~/", StringComparison.Ordinal) || source is "." or "..";

    private static string ResolveLocal(string source, string baseDirectory, string? userHome)
    {
        var path = source.StartsWith("~/", StringComparison.Ordinal) && !string.IsNullOrEmpty(userHome)
            ? Path.Combine(userHome, source[2..])
            : Path.GetFullPath(source, baseDirectory);
        if (File.Exists(path))
        {
            throw new PluginRequestException("local marketplace source must be a directory, not a file");
        }

        if (!Directory.Exists(path))
        {
            throw new PluginRequestException("failed to resolve local marketplace source path: No such file or directory (os error 2)");
        }

        // Canonical, like the reference: symlinks resolved, so the same folder is always recorded the same way.
        var info = new DirectoryInfo(Path.GetFullPath(path));
        return (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName).TrimEnd('/') is { Length: > 0 } p ? p : "/";
    }
}

/// <summary>A marketplace folder used in place.</summary>
public sealed record LocalMarketplaceSource(string Path) : MarketplaceSource
{
    /// <inheritdoc />
    public override string Display => Path;
}

/// <summary>A git repository checked out under the server's marketplace install root.</summary>
public sealed record GitMarketplaceSource(string Url, string? RefName, IReadOnlyList<string> SparsePaths) : MarketplaceSource
{
    /// <inheritdoc />
    public override string Display => RefName is null ? Url : $"{Url}#{RefName}";
}
