using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Foundation;

/// <summary>Experimental methods need <c>capabilities.experimentalApi</c>, per connection.</summary>
public sealed class ExperimentalGateTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Experimental_method_is_refused_without_opt_in(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport, experimentalApi: false);
        var (server, client) = session;

        var response = await client.RequestAsync("collaborationMode/list", new JsonObject());

        response["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
        response["error"]!["message"]!.GetValue<string>().Should().Be("collaborationMode/list requires experimentalApi capability");
    }

    [Fact]
    public async Task Opt_in_is_per_connection_and_unlocks_the_presets()
    {
        await using var server = TestServer.StartWebSocketServer();
        await server.WaitForReadyAsync();
        await using var experimental = await server.ConnectWebSocketAsync();
        await using var stable = await server.ConnectWebSocketAsync();
        await experimental.InitializeAsync(experimentalApi: true);
        await stable.InitializeAsync(experimentalApi: false);

        var presets = await experimental.CallAsync("collaborationMode/list", new JsonObject());
        presets.ToJsonString().Should().Be("""{"data":[{"name":"Plan","mode":"plan","model":null,"reasoning_effort":"medium"},{"name":"Default","mode":"default","model":null,"reasoning_effort":null}]}""");

        var refused = await stable.RequestAsync("collaborationMode/list", new JsonObject());
        refused["error"]!["message"]!.GetValue<string>().Should().EndWith("requires experimentalApi capability");
    }
}
