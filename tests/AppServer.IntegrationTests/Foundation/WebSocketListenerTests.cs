using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Foundation;

/// <summary>The WebSocket listener's HTTP surface, browser protection, auth and per-connection state.</summary>
public sealed class WebSocketListenerTests
{
    [Fact]
    public async Task Health_endpoints_answer_and_browser_origins_are_refused()
    {
        await using var server = TestServer.StartWebSocketServer();
        await server.WaitForReadyAsync();
        using var http = new HttpClient();

        (await http.GetAsync($"http://127.0.0.1:{server.Port}/readyz")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await http.GetAsync($"http://127.0.0.1:{server.Port}/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var withOrigin = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{server.Port}/healthz");
        withOrigin.Headers.Add("Origin", "https://evil.example");
        (await http.SendAsync(withOrigin)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var upgrade = () => WebSocketRpcClient.ConnectAsync(new Uri($"ws://127.0.0.1:{server.Port}/"), origin: "http://localhost:3000");
        (await upgrade.Should().ThrowAsync<WebSocketException>()).Which.Message.Should().Contain("403");
    }

    [Fact]
    public async Task Capability_token_is_required_before_the_upgrade()
    {
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.Root);
        var tokenFile = Path.Combine(options.Root, "token");
        await File.WriteAllTextAsync(tokenFile, "s3cret-token\n");
        await using var server = TestServer.StartWebSocketServer(new TestServerOptions
        {
            ExtraArgs = ["--ws-auth", "capability-token", "--ws-token-file", tokenFile],
        });
        await server.WaitForReadyAsync();
        var uri = new Uri($"ws://127.0.0.1:{server.Port}/");

        (await FluentActions.Awaiting(() => WebSocketRpcClient.ConnectAsync(uri)).Should().ThrowAsync<WebSocketException>())
            .Which.Message.Should().Contain("401");
        (await FluentActions.Awaiting(() => WebSocketRpcClient.ConnectAsync(uri, bearerToken: "s3cret-tokeX")).Should().ThrowAsync<WebSocketException>())
            .Which.Message.Should().Contain("401");

        await using var client = await WebSocketRpcClient.ConnectAsync(uri, bearerToken: "s3cret-token");
        (await client.InitializeAsync())["platformOs"]!.GetValue<string>().Should().Be("linux");
        server.Stderr.Should().NotContain("s3cret-token", "secrets never reach logs");
    }

    [Fact]
    public async Task Many_connections_each_have_their_own_initialize_state()
    {
        await using var server = TestServer.StartWebSocketServer();
        await server.WaitForReadyAsync();

        var clients = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => server.ConnectWebSocketAsync()));
        try
        {
            // Half initialize; the other half must still be refused.
            await Task.WhenAll(clients.Take(10).Select(c => c.InitializeAsync()));
            foreach (var client in clients.Skip(10))
            {
                var response = await client.RequestAsync("initialize", omitParams: true);
                response["error"]!["message"]!.GetValue<string>().Should().Be("Invalid request: missing field `params`");
            }

            foreach (var client in clients.Take(10))
            {
                var again = await client.RequestAsync("initialize", new JsonObject { ["clientInfo"] = new JsonObject { ["name"] = "n", ["version"] = "1" } });
                again["error"]!["message"]!.GetValue<string>().Should().Be("Already initialized");
            }

            foreach (var client in clients.Skip(10))
            {
                (await client.InitializeAsync())["platformFamily"]!.GetValue<string>().Should().Be("unix");
            }
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_closed_client_does_not_affect_the_others()
    {
        await using var server = TestServer.StartWebSocketServer();
        await server.WaitForReadyAsync();
        await using var survivor = await server.ConnectWebSocketAsync();
        var leaver = await server.ConnectWebSocketAsync();
        await leaver.InitializeAsync();
        await leaver.SendRawAsync("{garbage");
        await leaver.DisposeAsync();

        (await survivor.InitializeAsync())["codexHome"]!.GetValue<string>().Should().Be(server.CodexHome);
        server.HasExited.Should().BeFalse();
    }
}
