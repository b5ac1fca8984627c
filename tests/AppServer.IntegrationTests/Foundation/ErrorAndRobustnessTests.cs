using System.Text;
using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Foundation;

/// <summary>Bad input gets the reference's errors (or silence) and never kills the connection.</summary>
public sealed class ErrorAndRobustnessTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Requests_before_initialize_are_refused(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport, initialize: false);
        var (server, client) = session;

        var response = await client.RequestAsync("initialize", new JsonObject(), id: "s1");
        response["id"]!.GetValue<string>().Should().Be("s1", "string ids are echoed verbatim");

        var early = await client.RequestAsync("initialize", new JsonObject { ["clientInfo"] = new JsonObject { ["name"] = 3, ["version"] = "1" } });
        early["error"]!["message"]!.GetValue<string>().Should().Be("Invalid request: invalid type: integer `3`, expected a string");

        await client.InitializeAsync();
        var unknown = await client.RequestAsync("foo/bar", new JsonObject());
        unknown["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
        unknown["error"]!["message"]!.GetValue<string>().Should().StartWith("Invalid request: unknown variant `foo/bar`, expected one of `initialize`");

        var missingParams = await client.RequestAsync("initialize", omitParams: true);
        missingParams["error"]!["message"]!.GetValue<string>().Should().Be("Invalid request: missing field `params`");
    }

    [Fact]
    public async Task Hostile_stdio_input_is_survived_and_stdout_carries_only_protocol_messages()
    {
        await using var session = await ServerSession.StartAsync("stdio", initialize: false);
        var (server, client) = session;
        var stdio = (StdioRpcClient)client;

        await client.SendRawAsync("{not json");
        await client.SendRawAsync("[1,2,3]");
        await client.SendRawAsync("""{"id":1.5,"method":"initialize","params":{}}""");
        await client.SendBytesAsync([0xde, 0xad, 0xbe, 0xef, 0xff, 0x00, 0x01, (byte)'\n']);
        // A single 15 MiB line (under the 16 MiB limit): valid JSON, but not a request.
        var huge = new StringBuilder(15 * 1024 * 1024 + 32).Append("{\"blob\":\"").Append('x', 15 * 1024 * 1024).Append("\"}").ToString();
        await client.SendRawAsync(huge);
        // And a 15 MiB line that is a real request with a huge unknown field.
        var bigRequest = "{\"id\":\"big\",\"method\":\"initialize\",\"params\":{\"clientInfo\":{\"name\":\"big\",\"version\":\"1\"},\"pad\":\"" + new string('y', 15 * 1024 * 1024) + "\"}}";
        await client.SendRawAsync(bigRequest);

        var response = await WaitForIdAsync(client, "big");
        response["result"]!["userAgent"]!.GetValue<string>().Should().StartWith("big/");

        var after = await client.RequestAsync("initialize", new JsonObject { ["clientInfo"] = new JsonObject { ["name"] = "x", ["version"] = "1" } });
        after["error"]!["message"]!.GetValue<string>().Should().Be("Already initialized");

        server.HasExited.Should().BeFalse();
        stdio.NonProtocolLines.Should().BeEmpty();
        client.Received.Where(m => m["id"] is { } id && id.ToJsonString() is not "\"big\"" && id.ToJsonString() != after["id"]!.ToJsonString())
            .Should().BeEmpty("malformed lines get no reply");
        server.Stderr.Should().Contain("Failed to deserialize JSON-RPC message");
    }

    [Fact]
    public async Task Json_log_format_goes_to_stderr_as_json_lines()
    {
        var options = new TestServerOptions { Environment = { ["LOG_FORMAT"] = "json" } };
        await using var session = await ServerSession.StartAsync("stdio", options, initialize: false);
        var (server, client) = session;

        await client.SendRawAsync("{oops");
        await client.InitializeAsync();
        await client.CloseAsync();
        await server.WaitForExitAsync(TimeSpan.FromSeconds(20));

        var lines = server.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().NotBeEmpty();
        lines.Should().AllSatisfy(line => JsonNode.Parse(line).Should().NotBeNull());
        lines.Should().Contain(line => line.Contains("Failed to deserialize JSON-RPC message"));
    }

    [Fact]
    public async Task Stdin_eof_stops_the_server_cleanly()
    {
        await using var session = await ServerSession.StartAsync("stdio");
        var (server, client) = session;

        await client.CloseAsync();

        (await server.WaitForExitAsync(TimeSpan.FromSeconds(20))).Should().Be(0);
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Sigterm_stops_the_server_cleanly(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport);
        var (server, client) = session;

        Posix.Kill(server.Process.Id, Posix.SIGTERM);

        (await server.WaitForExitAsync(TimeSpan.FromSeconds(20))).Should().Be(0);
    }

    private static async Task<JsonObject> WaitForIdAsync(RpcClient client, string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (client.Received.FirstOrDefault(m => m["id"]?.ToJsonString() == $"\"{id}\"") is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no response with id {id}");
    }
}
