using AppServer.Config;
using AppServer.Host.Connections;
using Microsoft.Extensions.Logging;

namespace AppServer.Host.Hosting;

/// <summary>
/// Every <c>APPSERVER_*</c> knob (and the log variables), read once at start-up; the modules get these values
/// as options and never read the environment themselves. A value that does not parse, or is not positive
/// where a count or a duration is expected, leaves the default.
/// </summary>
internal sealed record EnvironmentOptions
{
    /// <summary>Minimum log level: <c>APPSERVER_LOG</c>, else <c>RUST_LOG</c> (RUST_LOG-style lists accepted).</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    /// <summary><c>LOG_FORMAT=json</c>: JSON lines instead of plain ones.</summary>
    public bool JsonLogs { get; init; }

    /// <summary><c>APPSERVER_MEMORY_TRIM=0</c> turns the idle heap trimmer off.</summary>
    public bool MemoryTrim { get; init; } = true;

    /// <summary><c>APPSERVER_INGRESS_*</c>, <c>APPSERVER_MAX_IN_FLIGHT</c>, <c>APPSERVER_OUTGOING_*</c>, <c>APPSERVER_MAX_MESSAGE_BYTES</c>.</summary>
    public ConnectionLimits ConnectionLimits { get; init; } = new();

    /// <summary><c>APPSERVER_THREAD_IDLE_TIMEOUT_MS</c>: how long an unsubscribed, inactive thread stays loaded.</summary>
    public TimeSpan ThreadIdleTimeout { get; init; } = Core.Threads.ThreadRegistry.DefaultIdleTimeout;

    /// <summary><c>APPSERVER_RETRY_BASE_MS</c>: the first model-request retry's delay.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = Agent.Models.RetryBackoff.DefaultBaseDelay;

    /// <summary><c>APPSERVER_SYSTEM_CONFIG_DIR</c> (made absolute), else <c>/etc/codex</c>.</summary>
    public string SystemConfigDir { get; init; } = ConfigPaths.DefaultSystemDir;

    /// <summary><c>APPSERVER_BWRAP_PATH</c>, else null (bwrap is looked up on PATH).</summary>
    public string? BubblewrapPath { get; init; }

    /// <summary>Reads the process's environment.</summary>
    public static EnvironmentOptions FromProcess() => Read(Environment.GetEnvironmentVariable);

    /// <summary>Reads the knobs through <paramref name="variable"/> (a name to its value, null when unset).</summary>
    public static EnvironmentOptions Read(Func<string, string?> variable)
    {
        var defaults = new EnvironmentOptions();
        long Positive(string name, long fallback) => long.TryParse(variable(name), out var value) && value > 0 ? value : fallback;
        int PositiveInt(string name, int fallback) => (int)Math.Min(int.MaxValue, Positive(name, fallback));

        var limits = defaults.ConnectionLimits;
        return new EnvironmentOptions
        {
            LogLevel = LoggingSetup.ParseLevel(variable("APPSERVER_LOG") ?? variable("RUST_LOG")),
            JsonLogs = string.Equals(variable("LOG_FORMAT"), "json", StringComparison.OrdinalIgnoreCase),
            MemoryTrim = variable("APPSERVER_MEMORY_TRIM") != "0",
            ConnectionLimits = new ConnectionLimits
            {
                IngressCapacity = PositiveInt("APPSERVER_INGRESS_CAPACITY", limits.IngressCapacity),
                IngressBytes = Positive("APPSERVER_INGRESS_BYTES", limits.IngressBytes),
                MaxInFlight = PositiveInt("APPSERVER_MAX_IN_FLIGHT", limits.MaxInFlight),
                OutgoingCapacity = PositiveInt("APPSERVER_OUTGOING_CAPACITY", limits.OutgoingCapacity),
                OutgoingBytes = Positive("APPSERVER_OUTGOING_BYTES", limits.OutgoingBytes),
                MaxMessageBytes = Positive("APPSERVER_MAX_MESSAGE_BYTES", limits.MaxMessageBytes),
            },
            ThreadIdleTimeout = long.TryParse(variable("APPSERVER_THREAD_IDLE_TIMEOUT_MS"), out var idleMs) && idleMs > 0
                ? TimeSpan.FromMilliseconds(idleMs)
                : defaults.ThreadIdleTimeout,
            // 0 retries at once; a value a delay cannot be made of (negative, NaN, beyond days) keeps 200 ms.
            RetryBaseDelay = double.TryParse(variable("APPSERVER_RETRY_BASE_MS"), out var retryMs) && retryMs is >= 0 and <= 1e9
                ? TimeSpan.FromMilliseconds(retryMs)
                : defaults.RetryBaseDelay,
            SystemConfigDir = variable("APPSERVER_SYSTEM_CONFIG_DIR") is { } dir && !string.IsNullOrWhiteSpace(dir)
                ? Path.GetFullPath(dir)
                : defaults.SystemConfigDir,
            BubblewrapPath = variable("APPSERVER_BWRAP_PATH") is { Length: > 0 } bwrap ? bwrap : null,
        };
    }
}
