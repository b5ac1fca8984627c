using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Scenarios;

/// <summary>
/// Conformance scenario g_command_exec, as our own test: buffered results, timeout, streaming, a PTY with stdin,
/// terminate, concurrency, unknown process ids, and the read-only / workspace-write / default sandbox.
/// </summary>
public sealed class CommandExecScenarioTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Buffered_streamed_pty_terminate_and_sandbox(string transport)
    {
        await using var rig = await FakeModelRig.StartAsync(transport, experimentalApi: false);
        var s = new ScenarioSession(rig.Client, rig.Server, rig.Fake);

        var r = await ExecAsync(s, new JsonObject { ["command"] = Argv("echo", "hello") });
        Triple(r).Should().Be((0, "hello\n", ""));
        r = await ExecAsync(s, new JsonObject { ["command"] = Argv("sh", "-c", "echo out; echo err >&2; exit 3") });
        Triple(r).Should().Be((3, "out\n", "err\n"));
        ((string)(await ExecAsync(s, new JsonObject { ["command"] = Argv("pwd") }))["stdout"]!).Trim().Should().Be(s.Work, "the default cwd is the server's");
        var sub = Path.Combine(s.Work, "sub");
        Directory.CreateDirectory(sub);
        ((string)(await ExecAsync(s, new JsonObject { ["command"] = Argv("pwd"), ["cwd"] = sub }))["stdout"]!).Trim().Should().Be(sub);
        ((string)(await ExecAsync(s, new JsonObject { ["command"] = Argv("sh", "-c", "echo $HARNESS_FOO"), ["env"] = new JsonObject { ["HARNESS_FOO"] = "bar" } }))["stdout"]!)
            .Should().Be("bar\n");
        await s.ExpectErrorAsync("command/exec", new JsonObject { ["command"] = new JsonArray() }, -32600, "empty");

        var clock = Stopwatch.StartNew();
        r = await ExecAsync(s, new JsonObject { ["command"] = Argv("sleep", "20"), ["timeoutMs"] = 500 });
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        r["exitCode"]!.GetValue<int>().Should().Be(124);

        // Streaming: the bytes come as base64 deltas before the response, and are not repeated in it.
        var mark = s.Client.Received.Count;
        var streamed = await s.RequestAsync("command/exec", new JsonObject
        {
            ["command"] = Argv("sh", "-c", "echo one; sleep 0.3; echo two >&2; echo three"),
            ["processId"] = "stream-1",
            ["streamStdoutStderr"] = true,
        });
        streamed["result"]!["exitCode"]!.GetValue<int>().Should().Be(0);
        ((string)streamed["result"]!["stdout"]!, (string)streamed["result"]!["stderr"]!).Should().Be(("", ""));
        var received = s.Client.Received.Skip(mark).ToList();
        var deltas = received.Where(m => (string?)m["method"] == "command/exec/outputDelta" && (string?)m["params"]!["processId"] == "stream-1").ToList();
        Decode(deltas, "stdout").Should().Be("one\nthree\n");
        Decode(deltas, "stderr").Should().Be("two\n");
        deltas.Should().OnlyContain(d => d["params"]!["capReached"]!.GetValue<bool>() == false);
        var responseAt = received.FindIndex(m => m["method"] is null && m["id"]!.ToJsonString() == streamed["id"]!.ToJsonString());
        deltas.Max(received.IndexOf).Should().BeLessThan(responseAt, "the response follows every outputDelta");
        await s.ExpectErrorAsync("command/exec", new JsonObject { ["command"] = Argv("true"), ["streamStdoutStderr"] = true }, -32600, "processId");

        // A PTY: what is written is echoed and copied by cat, with CRLF, all on stdout.
        mark = s.Client.Received.Count;
        var tty = s.RequestAsync("command/exec", new JsonObject { ["command"] = Argv("cat"), ["processId"] = "tty-1", ["tty"] = true });
        await Task.Delay(300);
        (await s.CallAsync("command/exec/write", new JsonObject { ["processId"] = "tty-1", ["deltaBase64"] = B64("hello tty\n") })).ToJsonString().Should().Be("{}");
        await WaitUntilAsync(() => Decode(TtyDeltas(s, mark), "stdout").Contains("hello tty\r\nhello tty"), "tty echo and cat output");
        (await s.CallAsync("command/exec/write", new JsonObject { ["processId"] = "tty-1", ["closeStdin"] = true })).ToJsonString().Should().Be("{}");
        (await tty.WaitAsync(TimeSpan.FromSeconds(10)))["result"]!["exitCode"]!.GetValue<int>().Should().Be(0);
        var ttyOut = Decode(TtyDeltas(s, mark), "stdout");
        ttyOut.Split("hello tty").Length.Should().Be(3, "echo and cat copy: " + ttyOut);
        ttyOut.Should().Contain("\r\n");
        TtyDeltas(s, mark).Should().OnlyContain(d => (string?)d["params"]!["stream"] == "stdout", "PTY output is multiplexed on stdout");

        // Terminate, while other requests are served.
        var sleeper = s.RequestAsync("command/exec", new JsonObject { ["command"] = Argv("sleep", "30"), ["processId"] = "sleeper" }, timeout: TimeSpan.FromSeconds(40));
        await Task.Delay(300);
        ((string)(await ExecAsync(s, new JsonObject { ["command"] = Argv("echo", "concurrent") }))["stdout"]!).Should().Be("concurrent\n");
        await s.CallAsync("thread/loaded/list", new JsonObject());
        clock.Restart();
        (await s.CallAsync("command/exec/terminate", new JsonObject { ["processId"] = "sleeper" })).ToJsonString().Should().Be("{}");
        (await sleeper.WaitAsync(TimeSpan.FromSeconds(10)))["result"]!["exitCode"]!.GetValue<int>().Should().Be(137);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        await s.ExpectErrorAsync("command/exec/terminate", new JsonObject { ["processId"] = "nope" }, -32600, "nope");
        await s.ExpectErrorAsync("command/exec/write", new JsonObject { ["processId"] = "nope", ["closeStdin"] = true }, -32600, "nope");

        // The sandbox.
        r = await ExecAsync(s, new JsonObject { ["command"] = Argv("sh", "-c", "echo x > ro.txt"), ["sandboxPolicy"] = new JsonObject { ["type"] = "readOnly" } });
        r["exitCode"]!.GetValue<int>().Should().NotBe(0);
        ((string)r["stderr"]!).Should().Contain("Read-only file system");
        File.Exists(Path.Combine(s.Work, "ro.txt")).Should().BeFalse();
        r = await ExecAsync(s, new JsonObject { ["command"] = Argv("sh", "-c", "echo x > ww.txt"), ["sandboxPolicy"] = new JsonObject { ["type"] = "workspaceWrite" } });
        r["exitCode"]!.GetValue<int>().Should().Be(0);
        File.Exists(Path.Combine(s.Work, "ww.txt")).Should().BeTrue();
        r = await ExecAsync(s, new JsonObject { ["command"] = Argv("sh", "-c", "echo x > df.txt") });
        r["exitCode"]!.GetValue<int>().Should().NotBe(0, "the default sandbox (read-only) blocks the write");
        File.Exists(Path.Combine(s.Work, "df.txt")).Should().BeFalse();

        await s.AssertSchemaValidAsync();
    }

    private static JsonArray Argv(params string[] args) => new(args.Select(a => (JsonNode?)a).ToArray());

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static async Task<JsonNode> ExecAsync(ScenarioSession s, JsonObject p) => await s.CallAsync("command/exec", p);

    private static (int, string, string) Triple(JsonNode r) => (r["exitCode"]!.GetValue<int>(), (string)r["stdout"]!, (string)r["stderr"]!);

    private static List<JsonObject> TtyDeltas(ScenarioSession s, int mark)
        => s.Client.Received.Skip(mark).Where(m => (string?)m["method"] == "command/exec/outputDelta" && (string?)m["params"]!["processId"] == "tty-1").ToList();

    private static string Decode(IEnumerable<JsonObject> deltas, string stream)
        => Encoding.UTF8.GetString(deltas.Where(d => (string?)d["params"]!["stream"] == stream)
            .SelectMany(d => Convert.FromBase64String((string)d["params"]!["deltaBase64"]!)).ToArray());

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, what);
            await Task.Delay(50);
        }
    }
}
