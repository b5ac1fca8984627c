using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Threads;

/// <summary>The effective sandbox that thread/start reports, as the reference does: config details included.</summary>
public sealed class ThreadSessionSettingsTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Workspace_write_reports_the_configured_roots_and_network(string transport)
    {
        var options = new TestServerOptions();
        var extra = Path.Combine(options.Root, "extra");
        Directory.CreateDirectory(extra);
        Directory.CreateDirectory(options.CodexHome);
        File.WriteAllText(Path.Combine(options.CodexHome, "config.toml"),
            $"sandbox_mode = \"workspace-write\"\n[sandbox_workspace_write]\nnetwork_access = true\nwritable_roots = [\"{extra}\"]\nexclude_slash_tmp = true\n");
        await using var session = await ServerSession.StartAsync(transport, options, experimentalApi: true);
        var (server, client) = session;

        var started = await client.CallAsync("thread/start", new JsonObject());
        started["sandbox"]!.ToJsonString().Should().Be(
            $"{{\"type\":\"workspaceWrite\",\"writableRoots\":[\"{extra}\"],\"networkAccess\":true,\"excludeTmpdirEnvVar\":false,\"excludeSlashTmp\":true}}");
        started["activePermissionProfile"].Should().BeNull("the sandbox was chosen by config, not the built-in default");
        started["runtimeWorkspaceRoots"]!.AsArray().Select(n => (string)n!).Should().Equal(server.WorkDir);

        var full = await client.CallAsync("thread/start", new JsonObject { ["sandbox"] = "danger-full-access" });
        full["sandbox"]!.ToJsonString().Should().Be("{\"type\":\"dangerFullAccess\"}");
    }

    [Fact]
    public async Task The_built_in_default_is_reported_as_the_active_profile()
    {
        await using var session = await ServerSession.StartAsync("stdio", experimentalApi: true);
        var (server, client) = session;

        var started = await client.CallAsync("thread/start", new JsonObject());
        started["sandbox"]!.ToJsonString().Should().Be("{\"type\":\"readOnly\",\"networkAccess\":false}");
        started["activePermissionProfile"]!.ToJsonString().Should().Be("{\"id\":\":read-only\",\"extends\":null}");
    }
}
