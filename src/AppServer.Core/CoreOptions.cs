using AppServer.Config;
using AppServer.Core.Home;
using AppServer.Core.Threads;

namespace AppServer.Core;

/// <summary>What the core module needs: the home, where config comes from, and how long idle threads stay loaded.</summary>
public sealed record CoreOptions
{
    /// <summary>The Codex home being served.</summary>
    public required CodexHome Home { get; init; }

    /// <summary>The database the start-up check already opened and migrated; null opens it on first use.</summary>
    public ThreadDatabase? Database { get; init; }

    /// <summary>Holds the system <c>config.toml</c>, <c>requirements.toml</c> and <c>rules/</c> (<c>/etc/codex</c> unless moved).</summary>
    public string SystemConfigDir { get; init; } = ConfigPaths.DefaultSystemDir;

    /// <summary><c>-c key=value</c> flags.</summary>
    public IReadOnlyList<string> ConfigOverrides { get; init; } = [];

    /// <summary><c>-p NAME</c>, or null.</summary>
    public string? Profile { get; init; }

    /// <summary>How long an unsubscribed, inactive thread stays loaded.</summary>
    public TimeSpan ThreadIdleTimeout { get; init; } = ThreadRegistry.DefaultIdleTimeout;
}
