namespace AppServer.Agent.Shell;

/// <summary>What a command does, for display (<c>commandActions</c>): read a file, list files, search, or something else.</summary>
public abstract record CommandAction(string Command);

/// <summary>Reads one file (<c>cat</c>, <c>head</c>, <c>tail</c>, <c>sed -n</c>, <c>nl</c>).</summary>
public sealed record ReadAction(string Command, string Name, string Path) : CommandAction(Command);

/// <summary>Lists files (<c>ls</c>, <c>rg --files</c>, <c>find</c> without a name filter).</summary>
public sealed record ListFilesAction(string Command, string? Path) : CommandAction(Command);

/// <summary>Searches (<c>rg</c>, <c>grep</c>, <c>find -name</c>).</summary>
public sealed record SearchAction(string Command, string? Query, string? Path) : CommandAction(Command);

/// <summary>Anything else.</summary>
public sealed record UnknownAction(string Command) : CommandAction(Command);
