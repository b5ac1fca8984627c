using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Foundation;

/// <summary>initialize / initialized over both transports, exactly as the reference answers.</summary>
public sealed class HandshakeTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Initialize_returns_server_description_and_gates_other_requests(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport, initialize: false);
        var (server, client) = session;

        var early = await client.RequestAsync("initialize", new JsonObject(), id: 1);
        early["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
        early["error"]!["message"]!.GetValue<string>().Should().Be("Invalid request: missing field `clientInfo`");

        var result = await client.InitializeAsync(clientName: "harness_client");
        result["userAgent"]!.GetValue<string>().Should().StartWith("harness_client/0.169.0 (").And.EndWith("(harness_client; 1.2.3)");
        result["codexHome"]!.GetValue<string>().Should().Be(server.CodexHome);
        result["platformFamily"]!.GetValue<string>().Should().Be("unix");
        result["platformOs"]!.GetValue<string>().Should().Be("linux");

        var again = await client.RequestAsync("initialize", new JsonObject { ["clientInfo"] = new JsonObject { ["name"] = "x", ["version"] = "1" } });
        again["error"]!["message"]!.GetValue<string>().Should().Be("Already initialized");
        again["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
    }
}
