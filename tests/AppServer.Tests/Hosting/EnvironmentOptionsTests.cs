using System.Text.RegularExpressions;
using AppServer.Host.Hosting;
using Microsoft.Extensions.Logging;

namespace AppServer.Tests.Hosting;

/// <summary>
/// Every APPSERVER_* knob is read once, by <see cref="EnvironmentOptions"/>: each variable lands in its option,
/// bad values keep the default, and no other source file reads an APPSERVER_* variable.
/// </summary>
public sealed class EnvironmentOptionsTests
{
    private static readonly string[] Knobs =
    [
        "APPSERVER_LOG", "RUST_LOG", "LOG_FORMAT", "APPSERVER_MEMORY_TRIM",
        "APPSERVER_INGRESS_CAPACITY", "APPSERVER_INGRESS_BYTES", "APPSERVER_MAX_IN_FLIGHT",
        "APPSERVER_OUTGOING_CAPACITY", "APPSERVER_OUTGOING_BYTES", "APPSERVER_MAX_MESSAGE_BYTES",
        "APPSERVER_THREAD_IDLE_TIMEOUT_MS", "APPSERVER_RETRY_BASE_MS", "APPSERVER_SYSTEM_CONFIG_DIR", "APPSERVER_BWRAP_PATH",
    ];

    private static EnvironmentOptions Read(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return EnvironmentOptions.Read(name => map.GetValueOrDefault(name));
    }

    [Fact]
    public void Nothing_set_gives_the_defaults()
    {
        var options = Read();

        options.Should().BeEquivalentTo(new EnvironmentOptions());
        options.LogLevel.Should().Be(LogLevel.Information);
        options.JsonLogs.Should().BeFalse();
        options.MemoryTrim.Should().BeTrue();
        options.ConnectionLimits.Should().Be(new Host.Connections.ConnectionLimits());
        options.ThreadIdleTimeout.Should().Be(TimeSpan.FromMinutes(30));
        options.RetryBaseDelay.Should().Be(TimeSpan.FromMilliseconds(200));
        options.SystemConfigDir.Should().Be("/etc/codex");
        options.BubblewrapPath.Should().BeNull();
    }

    [Fact]
    public void Each_variable_lands_in_its_option()
    {
        var options = Read(
            ("APPSERVER_LOG", "debug"),
            ("RUST_LOG", "error"),
            ("LOG_FORMAT", "JSON"),
            ("APPSERVER_MEMORY_TRIM", "0"),
            ("APPSERVER_INGRESS_CAPACITY", "3"),
            ("APPSERVER_INGRESS_BYTES", "4000"),
            ("APPSERVER_MAX_IN_FLIGHT", "5"),
            ("APPSERVER_OUTGOING_CAPACITY", "6"),
            ("APPSERVER_OUTGOING_BYTES", "7000"),
            ("APPSERVER_MAX_MESSAGE_BYTES", "8000"),
            ("APPSERVER_THREAD_IDLE_TIMEOUT_MS", "250"),
            ("APPSERVER_RETRY_BASE_MS", "1.5"),
            ("APPSERVER_SYSTEM_CONFIG_DIR", "/srv/etc-codex"),
            ("APPSERVER_BWRAP_PATH", "/opt/bwrap"));

        options.LogLevel.Should().Be(LogLevel.Debug, "APPSERVER_LOG wins over RUST_LOG");
        options.JsonLogs.Should().BeTrue();
        options.MemoryTrim.Should().BeFalse();
        options.ConnectionLimits.Should().Be(new Host.Connections.ConnectionLimits
        {
            IngressCapacity = 3,
            IngressBytes = 4000,
            MaxInFlight = 5,
            OutgoingCapacity = 6,
            OutgoingBytes = 7000,
            MaxMessageBytes = 8000,
        });
        options.ThreadIdleTimeout.Should().Be(TimeSpan.FromMilliseconds(250));
        options.RetryBaseDelay.Should().Be(TimeSpan.FromMilliseconds(1.5));
        options.SystemConfigDir.Should().Be("/srv/etc-codex");
        options.BubblewrapPath.Should().Be("/opt/bwrap");
    }

    [Fact]
    public void Rust_log_is_the_fallback_level_and_lists_are_accepted()
        => Read(("RUST_LOG", "appserver=trace,warn")).LogLevel.Should().Be(LogLevel.Trace);

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("")]
    [InlineData("99999999999999999999999")]
    public void Counts_sizes_and_the_idle_timeout_ignore_values_that_are_not_positive_numbers(string value)
    {
        var options = Read(
            ("APPSERVER_INGRESS_CAPACITY", value),
            ("APPSERVER_INGRESS_BYTES", value),
            ("APPSERVER_MAX_IN_FLIGHT", value),
            ("APPSERVER_OUTGOING_CAPACITY", value),
            ("APPSERVER_OUTGOING_BYTES", value),
            ("APPSERVER_MAX_MESSAGE_BYTES", value),
            ("APPSERVER_THREAD_IDLE_TIMEOUT_MS", value));

        options.ConnectionLimits.Should().Be(new Host.Connections.ConnectionLimits());
        options.ThreadIdleTimeout.Should().Be(TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void Counts_beyond_an_int_are_clamped_as_before()
        => Read(("APPSERVER_MAX_IN_FLIGHT", "9999999999")).ConnectionLimits.MaxInFlight.Should().Be(int.MaxValue);

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("25", 25.0)]
    [InlineData("fast", 200.0)]
    [InlineData("-1", 200.0)]
    [InlineData("NaN", 200.0)]
    [InlineData("1e300", 200.0)]
    public void Retry_base_takes_any_usable_delay(string value, double expectedMs)
        => Read(("APPSERVER_RETRY_BASE_MS", value)).RetryBaseDelay.Should().Be(TimeSpan.FromMilliseconds(expectedMs));

    [Theory]
    [InlineData("1", true)]
    [InlineData("false", true)]
    [InlineData("0", false)]
    public void Only_zero_turns_the_memory_trimmer_off(string value, bool trim)
        => Read(("APPSERVER_MEMORY_TRIM", value)).MemoryTrim.Should().Be(trim);

    [Fact]
    public void System_config_dir_is_made_absolute_and_blank_means_etc_codex()
    {
        Read(("APPSERVER_SYSTEM_CONFIG_DIR", "etc-codex")).SystemConfigDir.Should().Be(Path.GetFullPath("etc-codex"));
        Read(("APPSERVER_SYSTEM_CONFIG_DIR", "  ")).SystemConfigDir.Should().Be("/etc/codex");
        Read(("APPSERVER_BWRAP_PATH", "")).BubblewrapPath.Should().BeNull();
    }

    [Fact]
    public void The_binder_asks_for_exactly_the_known_knobs()
    {
        var asked = new List<string>();
        EnvironmentOptions.Read(name =>
        {
            asked.Add(name);
            return null;
        });

        asked.Distinct().Should().BeEquivalentTo(Knobs);
    }

    /// <summary>Outside the binder, no source file reads an APPSERVER_* variable (directly or through a constant).</summary>
    [Fact]
    public void No_other_source_file_reads_an_appserver_variable()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var read = new Regex(@"GetEnvironmentVariable\(\s*([^)]*)\)");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.EndsWith(Path.Combine("Hosting", "EnvironmentOptions.cs"), StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            var namesAKnob = text.Contains("\"APPSERVER_", StringComparison.Ordinal);
            foreach (Match call in read.Matches(text))
            {
                var argument = call.Groups[1].Value.Trim();
                var literal = argument.StartsWith('"');
                if (argument.Contains("APPSERVER_", StringComparison.Ordinal) || (namesAKnob && !literal))
                {
                    offenders.Add($"{Path.GetRelativePath(src, file)}: {call.Value}");
                }
            }
        }

        offenders.Should().BeEmpty();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AppServer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AppServer.sln not found above " + AppContext.BaseDirectory);
    }
}
