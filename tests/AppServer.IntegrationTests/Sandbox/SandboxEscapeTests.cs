using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using static AppServer.IntegrationTests.Sandbox.ExecHelpers;

namespace AppServer.IntegrationTests.Sandbox;

/// <summary>
/// Commands that try to get out of the bubblewrap sandbox. Each escape has a positive control (the same
/// action allowed by a looser policy) so the test fails if the action itself is broken.
/// </summary>
public sealed class SandboxEscapeTests
{
    private static async Task<(TestServer Server, RpcClient Client, string Outside)> StartAsync(TestServerOptions? options = null)
    {
        RequireBubblewrap();
        var (server, client) = await TestServer.StartAsync("stdio", options);
        await client.InitializeAsync();
        // The harness puts everything under /tmp, which workspace-write makes writable unless excluded;
        // the escape target is a sibling of the workspace that no policy below makes writable.
        var outside = Directory.CreateDirectory(Path.Combine(server.Options.Root, "outside")).FullName;
        return (server, client, outside);
    }

    [Fact]
    public async Task Workspace_write_allows_the_workspace_but_not_outside_it()
    {
        var (server, client, outside) = await StartAsync();
        await using var _ = server;
        await using var __ = client;
        var policy = Policy("workspaceWrite", excludeTmp: true);

        (await client.ExecAsync(Sh("echo in > inside.txt").With("sandboxPolicy", policy))).ExitCode.Should().Be(0);
        File.ReadAllText(Path.Combine(server.WorkDir, "inside.txt")).Should().Be("in\n");

        var target = Path.Combine(outside, "escape.txt");
        var escape = await client.ExecAsync(Sh($"echo x > {target}").With("sandboxPolicy", policy));
        escape.ExitCode.Should().NotBe(0);
        escape.Stderr.Should().Contain("Read-only file system");
        File.Exists(target).Should().BeFalse();

        var home = await client.ExecAsync(Sh($"touch {server.Options.HomeDir}/escape").With("sandboxPolicy", policy));
        home.ExitCode.Should().NotBe(0);
        File.Exists(Path.Combine(server.Options.HomeDir, "escape")).Should().BeFalse();

        // Control: an extra writable root opens exactly that directory.
        (await client.ExecAsync(Sh($"echo x > {target}").With("sandboxPolicy", Policy("workspaceWrite", excludeTmp: true, roots: outside)))).ExitCode.Should().Be(0);
        File.Exists(target).Should().BeTrue();
    }

    [Fact]
    public async Task Tmp_is_writable_under_workspace_write_unless_excluded()
    {
        var (server, client, _) = await StartAsync(new TestServerOptions { Environment = { ["TMPDIR"] = null } });
        await using var _s = server;
        await using var _c = client;
        var name = $"/tmp/appserver-sandbox-{Guid.NewGuid():N}";
        try
        {
            (await client.ExecAsync(Sh($"echo x > {name}").With("sandboxPolicy", Policy("workspaceWrite")))).ExitCode.Should().Be(0);
            File.Delete(name);
            (await client.ExecAsync(Sh($"echo x > {name}").With("sandboxPolicy", Policy("workspaceWrite", excludeTmp: true)))).ExitCode.Should().NotBe(0);
            File.Exists(name).Should().BeFalse();
        }
        finally
        {
            File.Delete(name);
        }
    }

    [Fact]
    public async Task Protected_subpaths_stay_read_only_inside_writable_roots()
    {
        var (server, client, _) = await StartAsync();
        await using var _s = server;
        await using var _c = client;
        var policy = Policy("workspaceWrite", excludeTmp: true);
        var git = Directory.CreateDirectory(Path.Combine(server.WorkDir, ".git")).FullName;
        File.WriteAllText(Path.Combine(git, "config"), "original");

        var overwrite = await client.ExecAsync(Sh("echo hacked > .git/config; mkdir .git/hooks").With("sandboxPolicy", policy));
        overwrite.ExitCode.Should().NotBe(0);
        overwrite.Stderr.Should().Contain("Read-only file system");
        File.ReadAllText(Path.Combine(git, "config")).Should().Be("original");
        Directory.Exists(Path.Combine(git, "hooks")).Should().BeFalse();

        // Missing protected directories cannot be created either, and none is left behind afterwards.
        var create = await client.ExecAsync(Sh("mkdir -p .codex/x || exit 7; echo > .agents/y").With("sandboxPolicy", policy));
        create.ExitCode.Should().NotBe(0);
        Path.Exists(Path.Combine(server.WorkDir, ".codex")).Should().BeFalse();
        Path.Exists(Path.Combine(server.WorkDir, ".agents")).Should().BeFalse();

        // Control: the rest of the workspace is writable in the same command.
        (await client.ExecAsync(Sh("echo ok > normal.txt").With("sandboxPolicy", policy))).ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task A_symlink_inside_the_workspace_does_not_open_its_target()
    {
        var (server, client, outside) = await StartAsync();
        await using var _s = server;
        await using var _c = client;
        Directory.CreateSymbolicLink(Path.Combine(server.WorkDir, "link"), outside);

        var escape = await client.ExecAsync(Sh("echo x > link/through-link.txt").With("sandboxPolicy", Policy("workspaceWrite", excludeTmp: true)));
        escape.ExitCode.Should().NotBe(0);
        File.Exists(Path.Combine(outside, "through-link.txt")).Should().BeFalse();

        // Control: without a sandbox the same write goes through the link.
        (await client.ExecAsync(Sh("echo x > link/through-link.txt").With("sandboxPolicy", Policy("dangerFullAccess")))).ExitCode.Should().Be(0);
        File.Exists(Path.Combine(outside, "through-link.txt")).Should().BeTrue();
    }

    [Fact]
    public async Task Read_only_blocks_every_write()
    {
        var (server, client, outside) = await StartAsync();
        await using var _s = server;
        await using var _c = client;

        foreach (var target in new[] { Path.Combine(server.WorkDir, "a"), $"/tmp/appserver-ro-{Guid.NewGuid():N}", Path.Combine(outside, "b"), Path.Combine(server.Options.HomeDir, "c") })
        {
            var result = await client.ExecAsync(Sh($"echo x > {target}").With("sandboxPolicy", Policy("readOnly")));
            result.ExitCode.Should().NotBe(0, target);
            result.Stderr.Should().Contain("Read-only file system");
            File.Exists(target).Should().BeFalse(target);
        }

        (await client.ExecAsync(Sh("mkdir newdir").With("sandboxPolicy", Policy("readOnly")))).ExitCode.Should().NotBe(0);
        Directory.Exists(Path.Combine(server.WorkDir, "newdir")).Should().BeFalse();
        (await client.ExecAsync(new JsonObject { ["command"] = Argv("cat", "/etc/hostname"), ["sandboxPolicy"] = Policy("readOnly") })).ExitCode.Should().Be(0, "reads are allowed");
    }

    [Fact]
    public async Task Network_is_unreachable_when_off_and_reachable_when_on()
    {
        var (server, client, _) = await StartAsync();
        await using var _s = server;
        await using var _c = client;
        using var listener = new TcpListener(IPAddress.Any, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var accepting = AcceptForeverAsync(listener);

        var addresses = new List<string> { "127.0.0.1" };
        addresses.AddRange(NetworkInterface.GetAllNetworkInterfaces()
            .Where(i => i.OperationalStatus == OperationalStatus.Up && i.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(i => i.GetIPProperties().UnicastAddresses)
            .Where(a => a.Address.AddressFamily == AddressFamily.InterNetwork)
            .Select(a => a.Address.ToString()));

        foreach (var address in addresses)
        {
            var connect = $"exec 3<>/dev/tcp/{address}/{port} && echo connected";
            var blocked = await client.ExecAsync(new JsonObject { ["command"] = Argv("bash", "-c", $"echo $CODEX_SANDBOX_NETWORK_DISABLED; {connect}"), ["sandboxPolicy"] = Policy("workspaceWrite") });
            blocked.ExitCode.Should().NotBe(0, $"{address} must be unreachable");
            blocked.Stdout.Should().Be("1\n");

            var allowed = await client.ExecAsync(new JsonObject { ["command"] = Argv("bash", "-c", $"echo ${{CODEX_SANDBOX_NETWORK_DISABLED-unset}}; {connect}"), ["sandboxPolicy"] = Policy("workspaceWrite", network: true) });
            allowed.Should().Be((0, "unset\nconnected\n", ""), $"{address} is reachable with networkAccess");
        }

        listener.Stop();
        await accepting;
    }

    [Fact]
    public async Task Missing_bubblewrap_refuses_restricted_commands_instead_of_running_them()
    {
        var options = new TestServerOptions { Environment = { ["APPSERVER_BWRAP_PATH"] = "/nonexistent/bwrap" } };
        var (server, client, _) = await StartAsync(options);
        await using var _s = server;
        await using var _c = client;

        foreach (var policy in new[] { Policy("readOnly"), Policy("workspaceWrite") })
        {
            var response = await client.RequestAsync("command/exec", Sh("echo ran > ran.txt").With("sandboxPolicy", policy));
            var message = response["error"]!["message"]!.GetValue<string>();
            response["error"]!["code"]!.GetValue<int>().Should().Be(-32603);
            message.Should().Contain("bubblewrap").And.Contain("/nonexistent/bwrap").And.Contain("apt-get install bubblewrap");
            File.Exists(Path.Combine(server.WorkDir, "ran.txt")).Should().BeFalse();
        }

        // The default policy (read-only) is refused too; only unsandboxed policies still run.
        (await client.RequestAsync("command/exec", new JsonObject { ["command"] = Argv("true") }))["error"].Should().NotBeNull();
        (await client.ExecAsync(new JsonObject { ["command"] = Argv("echo", "ok"), ["sandboxPolicy"] = Policy("dangerFullAccess") })).Stdout.Should().Be("ok\n");
    }

    private static async Task AcceptForeverAsync(TcpListener listener)
    {
        try
        {
            while (true)
            {
                using var socket = await listener.AcceptSocketAsync();
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
        }
    }
}
