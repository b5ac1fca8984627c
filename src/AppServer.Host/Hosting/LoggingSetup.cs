using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace AppServer.Host.Hosting;

/// <summary>
/// Logs go to stderr only (stdout is the stdio transport). <c>LOG_FORMAT=json</c> gives JSON lines;
/// the level comes from <c>APPSERVER_LOG</c> or <c>RUST_LOG</c> (<c>trace|debug|info|warn|error|off</c>),
/// both read into <see cref="EnvironmentOptions"/>.
/// </summary>
internal static class LoggingSetup
{
    public static void Configure(ILoggingBuilder logging, EnvironmentOptions environment)
    {
        logging.ClearProviders();
        logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        if (environment.JsonLogs)
        {
            logging.AddJsonConsole(options => options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ");
        }
        else
        {
            logging.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                options.UseUtcTimestamp = true;
                options.ColorBehavior = LoggerColorBehavior.Disabled;
            });
        }

        var level = environment.LogLevel;
        logging.SetMinimumLevel(level);
        // Framework chatter (Kestrel, hosting) stays at warnings unless tracing was asked for.
        logging.AddFilter("Microsoft", level <= LogLevel.Debug ? level : LogLevel.Warning);
    }

    internal static LogLevel ParseLevel(string? filter)
    {
        // Accept RUST_LOG-style filters ("info", "appserver=debug,warn"): the most verbose level named wins.
        if (string.IsNullOrWhiteSpace(filter))
        {
            return LogLevel.Information;
        }

        var levels = filter.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Contains('=') ? part[(part.IndexOf('=') + 1)..] : part)
            .Select(word => word.ToLowerInvariant() switch
            {
                "trace" => LogLevel.Trace,
                "debug" => LogLevel.Debug,
                "info" => LogLevel.Information,
                "warn" or "warning" => LogLevel.Warning,
                "error" => LogLevel.Error,
                "off" => LogLevel.None,
                _ => (LogLevel?)null,
            })
            .OfType<LogLevel>()
            .ToList();
        return levels.Count == 0 ? LogLevel.Information : levels.Min();
    }
}
