namespace AppServer.Host.Cli;

/// <summary>Everything the command line decided about how to run the server.</summary>
public sealed record ServerOptions
{
    public required ListenAddress Listen { get; init; }

    /// <summary><c>-c key=value</c> overrides, in command-line order.</summary>
    public IReadOnlyList<string> ConfigOverrides { get; init; } = [];

    /// <summary><c>-p/--profile NAME</c>: the config profile to layer over the user config, if any.</summary>
    public string? Profile { get; init; }

    /// <summary>Bearer token required on the WebSocket handshake, when capability-token auth is on.</summary>
    public string? WebSocketToken { get; init; }
}
