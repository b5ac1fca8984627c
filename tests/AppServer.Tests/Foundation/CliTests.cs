using AppServer.Host.Cli;
using AppServer.Host.Hosting;
using Microsoft.Extensions.Logging;

namespace AppServer.Tests.Foundation;

public sealed class CliTests
{
    [Theory]
    [InlineData("stdio://", ListenKind.Stdio)]
    [InlineData("stdio", ListenKind.Stdio)]
    [InlineData("off", ListenKind.Off)]
    [InlineData("ws://127.0.0.1:4500", ListenKind.WebSocket)]
    [InlineData("ws://[::1]:0", ListenKind.WebSocket)]
    public void Listen_addresses_parse(string value, ListenKind kind)
    {
        ListenAddress.TryParse(value, out var address, out var error).Should().BeTrue(error);
        address.Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("ws://localhost")]
    [InlineData("ws://127.0.0.1")]
    [InlineData("http://127.0.0.1:80")]
    [InlineData("tcp://x")]
    public void Bad_listen_addresses_are_refused(string value)
    {
        ListenAddress.TryParse(value, out _, out var error).Should().BeFalse();
        error.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Config_overrides_are_repeatable_and_ws_auth_needs_a_token_file()
    {
        var root = AppServerCli.Build();
        var parse = root.Parse(["-c", "model=\"o3\"", "-c", "sandbox_mode=read-only", "--listen", "ws://127.0.0.1:0"]);
        parse.Errors.Should().BeEmpty();
        parse.GetValue<string[]>("--config").Should().Equal("model=\"o3\"", "sandbox_mode=read-only");

        root.Parse(["--ws-auth", "capability-token"]).Errors.Should().ContainSingle()
            .Which.Message.Should().Contain("--ws-token-file");
        root.Parse(["--ws-auth", "password"]).Errors.Should().NotBeEmpty();
        root.Parse(["--listen", "bogus"]).Errors.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData(null, LogLevel.Information)]
    [InlineData("debug", LogLevel.Debug)]
    [InlineData("appserver=trace,warn", LogLevel.Trace)]
    [InlineData("error", LogLevel.Error)]
    [InlineData("nonsense", LogLevel.Information)]
    public void Log_level_filter_parses_rust_style(string? filter, LogLevel expected)
        => LoggingSetup.ParseLevel(filter).Should().Be(expected);
}
