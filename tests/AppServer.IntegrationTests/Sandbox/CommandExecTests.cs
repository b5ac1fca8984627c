using System.Text.Json.Nodes;
using static AppServer.IntegrationTests.Sandbox.ExecHelpers;

namespace AppServer.IntegrationTests.Sandbox;

/// <summary>command/exec over the protocol: buffered and streamed output, PTY, stdin, timeouts, caps, errors.</summary>
public sealed class CommandExecTests
{
    private static Task<ServerSession> StartAsync(string transport)
    {
        RequireBubblewrap();
        return ServerSession.StartAsync(transport);
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Buffered_exec_reports_exit_code_output_cwd_and_env(string transport)
    {
        await using var session = await StartAsync(transport);
        var (server, client) = session;

        (await client.ExecAsync(new JsonObject { ["command"] = Argv("echo", "hello") })).Should().Be((0, "hello\n", ""));
        (await client.ExecAsync(Sh("echo out; echo err >&2; exit 3"))).Should().Be((3, "out\n", "err\n"));

        var (_, pwd, _) = await client.ExecAsync(new JsonObject { ["command"] = Argv("pwd") });
        pwd.Trim().Should().Be(server.WorkDir);
        var sub = Directory.CreateDirectory(Path.Combine(server.WorkDir, "sub")).FullName;
        (await client.ExecAsync(new JsonObject { ["command"] = Argv("pwd"), ["cwd"] = sub })).Stdout.Trim().Should().Be(sub);

        var env = Sh("echo \"${FOO}|${HOME-unset}\"").With("env", new JsonObject { ["FOO"] = "bar", ["HOME"] = null });
        (await client.ExecAsync(env)).Stdout.Should().Be("bar|unset\n");

        // No policy given: the configured default (read-only) applies.
        var write = await client.ExecAsync(Sh("echo x > default.txt"));
        write.ExitCode.Should().NotBe(0);
        write.Stderr.Should().Contain("Read-only file system");
        File.Exists(Path.Combine(server.WorkDir, "default.txt")).Should().BeFalse();
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Streamed_output_arrives_as_deltas_before_the_response(string transport)
    {
        await using var session = await StartAsync(transport);
        var (server, client) = session;

        var request = Sh("echo one; sleep 0.2; echo two >&2; echo three").With("processId", "s1").With("streamStdoutStderr", true);
        var response = await client.RequestAsync("command/exec", request);
        response["result"]!["exitCode"]!.GetValue<int>().Should().Be(0);
        response["result"]!["stdout"]!.GetValue<string>().Should().BeEmpty();
        client.StreamedOutput("s1").Should().Be("one\nthree\n");
        client.StreamedOutput("s1", "stderr").Should().Be("two\n");

        var received = client.Received.ToList();
        var lastDelta = received.FindLastIndex(m => (string?)m["method"] == "command/exec/outputDelta");
        var responseIndex = received.FindIndex(m => m["id"]?.ToJsonString() == response["id"]!.ToJsonString() && m["result"] is not null);
        lastDelta.Should().BeLessThan(responseIndex);
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Output_cap_truncates_buffered_and_streamed_output(string transport)
    {
        await using var session = await StartAsync(transport);
        var (server, client) = session;

        (await client.ExecAsync(Sh("echo 0123456789; echo abcdefghij >&2").With("outputBytesCap", 4))).Should().Be((0, "0123", "abcd"));

        await client.ExecAsync(Sh("echo 0123456789").With("outputBytesCap", 4).With("processId", "cap").With("streamStdoutStderr", true));
        client.StreamedOutput("cap").Should().Be("0123");
        var deltas = client.Notifications.Where(n => (string?)n["method"] == "command/exec/outputDelta" && (string?)n["params"]!["processId"] == "cap").ToList();
        deltas.Last()["params"]!["capReached"]!.GetValue<bool>().Should().BeTrue();

        var big = await client.ExecAsync(Sh("head -c 2000000 /dev/zero | tr '\\0' a"));
        big.Stdout.Length.Should().Be(1024 * 1024, "the default cap is 1 MiB per stream");
        var uncapped = await client.ExecAsync(Sh("head -c 2000000 /dev/zero | tr '\\0' a").With("disableOutputCap", true));
        uncapped.Stdout.Length.Should().Be(2_000_000);
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Timeout_kills_with_124_and_terminate_kills_with_137(string transport)
    {
        await using var session = await StartAsync(transport);
        var (server, client) = session;

        (await client.ExecAsync(Sh("echo started; sleep 20").With("timeoutMs", 300))).Should().Be((124, "started\n", ""));
        (await client.ExecAsync(Sh("sleep 0.2; echo done").With("disableTimeout", true))).Should().Be((0, "done\n", ""));

        var pending = client.RequestAsync("command/exec", new JsonObject { ["command"] = Argv("sleep", "30"), ["processId"] = "sleeper" });
        await Task.Delay(300);
        (await client.ExecAsync(new JsonObject { ["command"] = Argv("echo", "concurrent") })).Stdout.Should().Be("concurrent\n");

        var duplicate = await client.RequestAsync("command/exec", new JsonObject { ["command"] = Argv("true"), ["processId"] = "sleeper" });
        duplicate["error"]!["message"]!.GetValue<string>().Should().Be("duplicate active command/exec process id: \"sleeper\"");

        var write = await client.RequestAsync("command/exec/write", new JsonObject { ["processId"] = "sleeper", ["deltaBase64"] = Base64("x") });
        write["error"]!["message"]!.GetValue<string>().Should().Be("stdin streaming is not enabled for this command/exec");
        var resize = await client.RequestAsync("command/exec/resize", new JsonObject { ["processId"] = "sleeper", ["size"] = new JsonObject { ["rows"] = 1, ["cols"] = 1 } });
        resize["error"]!["message"]!.GetValue<string>().Should().Be("failed to resize PTY: process is not attached to a PTY");

        (await client.CallAsync("command/exec/terminate", new JsonObject { ["processId"] = "sleeper" })).ToJsonString().Should().Be("{}");
        (await pending)["result"]!["exitCode"]!.GetValue<int>().Should().Be(137);

        foreach (var method in new[] { "command/exec/terminate", "command/exec/write", "command/exec/resize" })
        {
            var request = new JsonObject { ["processId"] = "nope", ["size"] = new JsonObject { ["rows"] = 1, ["cols"] = 1 }, ["closeStdin"] = true };
            var error = (await client.RequestAsync(method, request))["error"]!;
            error["code"]!.GetValue<int>().Should().Be(-32600);
            error["message"]!.GetValue<string>().Should().Be("no active command/exec for process id \"nope\"");
        }
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Validation_errors_match_the_reference(string transport)
    {
        await using var session = await StartAsync(transport);
        var (server, client) = session;

        async Task Expect(JsonObject request, int code, string message)
        {
            var error = (await client.RequestAsync("command/exec", request))["error"]!;
            error["code"]!.GetValue<int>().Should().Be(code);
            error["message"]!.GetValue<string>().Should().Be(message);
        }

        await Expect(new JsonObject { ["command"] = new JsonArray() }, -32600, "command must not be empty");
        await Expect(new JsonObject { ["command"] = Argv("true"), ["streamStdoutStderr"] = true }, -32600, "command/exec tty or streaming requires a client-supplied processId");
        await Expect(new JsonObject { ["command"] = Argv("true"), ["size"] = new JsonObject { ["rows"] = 2, ["cols"] = 2 } }, -32602, "command/exec size requires tty: true");
        await Expect(new JsonObject { ["command"] = Argv("true"), ["timeoutMs"] = 5, ["disableTimeout"] = true }, -32602, "command/exec cannot set both timeoutMs and disableTimeout");
        await Expect(new JsonObject { ["command"] = Argv("true"), ["outputBytesCap"] = 5, ["disableOutputCap"] = true }, -32602, "command/exec cannot set both outputBytesCap and disableOutputCap");
        var write = (await client.RequestAsync("command/exec/write", new JsonObject { ["processId"] = "nope" }))["error"]!;
        write["code"]!.GetValue<int>().Should().Be(-32602);
        write["message"]!.GetValue<string>().Should().Be("command/exec/write requires deltaBase64 or closeStdin");
        await Expect(new JsonObject { ["command"] = Argv("true"), ["cwd"] = "/nonexistent/dir" }, -32603, "failed to spawn command: No such file or directory (os error 2)");
        await Expect(new JsonObject { ["command"] = Argv("no-such-program-xyz"), ["sandboxPolicy"] = Policy("dangerFullAccess") }, -32603, "failed to spawn command: No such file or directory (os error 2)");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Piped_stdin_can_be_streamed_and_closed(string transport)
    {
        await using var session = await StartAsync(transport);
        var (server, client) = session;

        var pending = client.RequestAsync("command/exec", new JsonObject
        {
            ["command"] = Argv("cat"), ["processId"] = "cat", ["streamStdin"] = true, ["streamStdoutStderr"] = true,
        });
        await client.CallAsync("command/exec/write", new JsonObject { ["processId"] = "cat", ["deltaBase64"] = Base64("piped\n") });
        await client.WaitForOutputAsync("cat", o => o == "piped\n");
        await client.CallAsync("command/exec/write", new JsonObject { ["processId"] = "cat", ["closeStdin"] = true });
        (await pending)["result"]!["exitCode"]!.GetValue<int>().Should().Be(0);
    }

    [Theory]
    [InlineData("stdio", "readOnly")]
    [InlineData("ws", "dangerFullAccess")]
    public async Task Pty_is_a_controlling_terminal_with_size_echo_and_resize(string transport, string policy)
    {
        await using var session = await StartAsync(transport);
        var (server, client) = session;

        const string script = "if tty >/dev/null; then echo is-a-tty; fi; stty size; read line; echo \"got:$line\"; stty size; read again";
        var pending = client.RequestAsync("command/exec", new JsonObject
        {
            ["command"] = Argv("sh", "-c", script), ["processId"] = "pty", ["tty"] = true,
            ["size"] = new JsonObject { ["rows"] = 33, ["cols"] = 77 }, ["sandboxPolicy"] = Policy(policy),
        });
        await client.WaitForOutputAsync("pty", o => o.Contains("33 77"));
        client.StreamedOutput("pty").Should().Contain("is-a-tty\r\n");

        await client.CallAsync("command/exec/resize", new JsonObject { ["processId"] = "pty", ["size"] = new JsonObject { ["rows"] = 40, ["cols"] = 100 } });
        await client.CallAsync("command/exec/write", new JsonObject { ["processId"] = "pty", ["deltaBase64"] = Base64("hello\n") });
        var output = await client.WaitForOutputAsync("pty", o => o.Contains("40 100"));
        output.Should().Contain("hello\r\ngot:hello\r\n", "the terminal echoes input and translates newlines");

        await client.CallAsync("command/exec/terminate", new JsonObject { ["processId"] = "pty" });
        (await pending)["result"]!["exitCode"]!.GetValue<int>().Should().Be(137);
        client.Notifications.Where(n => (string?)n["params"]?["processId"] == "pty")
            .Should().OnlyContain(n => (string?)n["params"]!["stream"] == "stdout");
    }

    [Fact]
    public async Task Defaults_come_from_config_sandbox_mode_and_shell_environment_policy()
    {
        RequireBubblewrap();
        var options = new TestServerOptions { Environment = { ["APPSERVER_TEST_SECRET_TOKEN"] = "s", ["APPSERVER_TEST_DROP"] = "d", ["APPSERVER_TEST_KEEP"] = "k" } };
        Directory.CreateDirectory(options.CodexHome);
        File.WriteAllText(Path.Combine(options.CodexHome, "config.toml"), """
            sandbox_mode = "workspace-write"

            [shell_environment_policy]
            exclude = ["appserver_test_drop"]
            set = { FROM_CONFIG = "yes" }
            """);
        await using var session = await ServerSession.StartAsync("stdio", options);
        var (server, client) = session;

        (await client.ExecAsync(Sh("echo x > by-config.txt"))).ExitCode.Should().Be(0, "sandbox_mode = workspace-write makes the cwd writable");
        File.Exists(Path.Combine(server.WorkDir, "by-config.txt")).Should().BeTrue();
        var env = await client.ExecAsync(Sh("echo \"$FROM_CONFIG|${APPSERVER_TEST_DROP-dropped}|$APPSERVER_TEST_KEEP|$APPSERVER_TEST_SECRET_TOKEN\""));
        env.Stdout.Should().Be("yes|dropped|k|s\n");
    }

    [Fact]
    public async Task Pty_close_stdin_sends_end_of_file()
    {
        await using var session = await StartAsync("stdio");
        var (server, client) = session;

        var pending = client.RequestAsync("command/exec", new JsonObject { ["command"] = Argv("cat"), ["processId"] = "t", ["tty"] = true });
        await client.CallAsync("command/exec/write", new JsonObject { ["processId"] = "t", ["deltaBase64"] = Base64("hello tty\n") });
        await client.WaitForOutputAsync("t", o => o.Contains("hello tty\r\nhello tty"));
        await client.CallAsync("command/exec/write", new JsonObject { ["processId"] = "t", ["closeStdin"] = true });
        (await pending)["result"]!["exitCode"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Processes_die_when_their_connection_closes()
    {
        RequireBubblewrap();
        var server = TestServer.StartWebSocketServer();
        await using var _ = server;
        await server.WaitForReadyAsync();
        var pidFile = Path.Combine(server.WorkDir, "pid");
        await using (var client = await server.ConnectWebSocketAsync())
        {
            await client.InitializeAsync();
            var orphan = client.RequestAsync("command/exec", Sh($"echo $$ > {pidFile}; exec sleep 60")
                .With("processId", "orphan").With("sandboxPolicy", Policy("dangerFullAccess")).With("disableTimeout", true));
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!File.Exists(pidFile) || new FileInfo(pidFile).Length == 0)
            {
                DateTime.UtcNow.Should().BeBefore(deadline);
                await Task.Delay(20);
            }

            await client.CloseAsync();
        }

        var pid = int.Parse(File.ReadAllText(pidFile).Trim());
        var gone = DateTime.UtcNow.AddSeconds(10);
        while (Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z "))
        {
            DateTime.UtcNow.Should().BeBefore(gone, "the command must be killed when its connection closes");
            await Task.Delay(50);
        }

        // The server itself keeps serving other clients.
        await using var other = await server.ConnectWebSocketAsync();
        await other.InitializeAsync();
        (await other.ExecAsync(new JsonObject { ["command"] = Argv("echo", "still-up") })).Stdout.Should().Be("still-up\n");
    }
}
