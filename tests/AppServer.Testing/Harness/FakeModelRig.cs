using AppServer.Testing.FakeModel;

namespace AppServer.Testing;

/// <summary>
/// The fake Responses API, a server configured to use it and an initialized client, disposed together:
/// <c>await using var rig = await FakeModelRig.StartAsync("stdio"); var (fake, server, client) = rig;</c>.
/// </summary>
public sealed class FakeModelRig : IAsyncDisposable
{
    private FakeModelRig(FakeResponsesServer fake, ServerSession session)
    {
        Fake = fake;
        Session = session;
    }

    public FakeResponsesServer Fake { get; }

    /// <summary>The server and its client; the server may be in-process (transport <c>inproc</c>).</summary>
    public ServerSession Session { get; }

    /// <summary>The spawned server (stdio, ws).</summary>
    public TestServer Server => Session.Server;

    public RpcClient Client => Session.Client;

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
            var session = await ServerSession.StartAsync(transport, options, experimentalApi: experimentalApi, fake: fake, extraConfig: extraConfig, topLevelConfig: topLevelConfig);
            return new FakeModelRig(fake, session);
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
        var session = await ServerSession.StartAsync(transport, options, experimentalApi: experimentalApi, fake: fake, extraConfig: extraConfig, topLevelConfig: topLevelConfig);
        return (session.Server, session.Client);
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
        await Session.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
