using AppServer.IntegrationTests.FakeModel;
using AppServer.IntegrationTests.Tools;

namespace AppServer.IntegrationTests.Harness;

/// <summary>
/// The fake Responses API, a server configured to use it and an initialized client, disposed together:
/// <c>await using var rig = await FakeModelRig.StartAsync("stdio"); var (fake, server, client) = rig;</c>.
/// </summary>
internal sealed class FakeModelRig : IAsyncDisposable
{
    private FakeModelRig(FakeResponsesServer fake, TestServer server, RpcClient client)
    {
        Fake = fake;
        Server = server;
        Client = client;
    }

    public FakeResponsesServer Fake { get; }

    public TestServer Server { get; }

    public RpcClient Client { get; }

    /// <summary>Starts the three; the config arguments are those of <see cref="AgentToolHarness.StartAsync"/>.</summary>
    public static async Task<FakeModelRig> StartAsync(
        string transport, string extraConfig = "", string topLevelConfig = "", bool experimentalApi = true, TestServerOptions? options = null)
    {
        var fake = await FakeResponsesServer.StartAsync();
        try
        {
            var (server, client) = await AgentToolHarness.StartAsync(transport, fake, extraConfig, topLevelConfig, experimentalApi, options);
            return new FakeModelRig(fake, server, client);
        }
        catch
        {
            await fake.DisposeAsync();
            throw;
        }
    }

    public void Deconstruct(out FakeResponsesServer fake, out TestServer server, out RpcClient client)
    {
        fake = Fake;
        server = Server;
        client = Client;
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Server.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
