using AppServer.Testing.FakeModel;

namespace AppServer.Testing;

/// <summary>
/// The fake Responses API, a server configured to use it and an initialized client, disposed together:
/// <c>await using var rig = await FakeModelRig.StartAsync("stdio"); var (fake, server, client) = rig;</c>.
/// </summary>
public sealed class FakeModelRig : IAsyncDisposable
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

    /// <summary>
    /// Starts the three. config.toml is <paramref name="topLevelConfig"/>, then the fake provider's settings, then
    /// <paramref name="extraConfig"/> (tables that must follow the provider's).
    /// </summary>
    public static async Task<FakeModelRig> StartAsync(
        string transport, string extraConfig = "", string topLevelConfig = "", bool experimentalApi = true, TestServerOptions? options = null)
    {
        var fake = await FakeResponsesServer.StartAsync();
        try
        {
            var (server, client) = await StartServerAsync(transport, fake, extraConfig, topLevelConfig, experimentalApi, options);
            return new FakeModelRig(fake, server, client);
        }
        catch
        {
            await fake.DisposeAsync();
            throw;
        }
    }

    /// <summary>A server (and initialized client) whose config.toml points at <paramref name="fake"/>.</summary>
    public static async Task<(TestServer Server, RpcClient Client)> StartServerAsync(
        string transport, FakeResponsesServer fake, string extraConfig = "", string topLevelConfig = "", bool experimentalApi = true, TestServerOptions? options = null)
    {
        options ??= new TestServerOptions();
        WriteConfig(options, fake, extraConfig, topLevelConfig);
        var (server, client) = await TestServer.StartAsync(transport, options);
        await client.InitializeAsync(experimentalApi: experimentalApi);
        return (server, client);
    }

    /// <summary>Writes config.toml: <paramref name="topLevelConfig"/>, the fake provider's settings, <paramref name="extraConfig"/>.</summary>
    public static void WriteConfig(TestServerOptions options, FakeResponsesServer fake, string extraConfig = "", string topLevelConfig = "")
    {
        Directory.CreateDirectory(options.CodexHome);
        File.WriteAllText(Path.Combine(options.CodexHome, "config.toml"), topLevelConfig + "\n" + fake.ConfigToml() + "\n" + extraConfig);
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
