using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;

namespace AppServer.Testing;

/// <summary>
/// A server, one client connected to it and (unless asked not to) the <c>initialize</c> handshake, disposed
/// together: <c>await using var session = await ServerSession.StartAsync("stdio"); var (server, client) = session;</c>.
/// The server is a spawned process (stdio, WebSocket) or the in-process tier, picked by the transport.
/// </summary>
public sealed class ServerSession : IAsyncDisposable
{
    private readonly TestServer? _process;

    private ServerSession(TestServer? process, InProcessAppServer? inProcess, RpcClient client, TestServerOptions options)
    {
        _process = process;
        InProcess = inProcess;
        Client = client;
        Options = options;
    }

    public TestServerOptions Options { get; }

    /// <summary>The spawned server; the in-process tier has none.</summary>
    public TestServer Server => _process ?? throw new InvalidOperationException("an in-process session has no server process");

    /// <summary>The in-process server, when the transport is <see cref="ServerTransport.InProcess"/>.</summary>
    public InProcessAppServer? InProcess { get; }

    public RpcClient Client { get; }

    /// <summary>The <c>initialize</c> result, or null when the session was started uninitialized.</summary>
    public JsonNode? InitializeResult { get; private set; }

    public string CodexHome => Options.CodexHome;

    public string WorkDir => Options.WorkDir;

    /// <summary>Starts a server over <paramref name="transport"/> (<c>stdio</c>, <c>ws</c> or <c>inproc</c>).</summary>
    /// <param name="transport">The transport's test-data name.</param>
    /// <param name="options">Directories, arguments, environment; fresh temp directories by default.</param>
    /// <param name="initialize">Whether to run the <c>initialize</c>/<c>initialized</c> handshake.</param>
    /// <param name="experimentalApi">The <c>capabilities.experimentalApi</c> sent in <c>initialize</c>.</param>
    /// <param name="optOut">The <c>capabilities.optOutNotificationMethods</c> sent in <c>initialize</c>.</param>
    /// <param name="fake">A fake model for config.toml to point at (the caller owns it).</param>
    /// <param name="extraConfig">config.toml text after the fake provider's settings (tables that must follow them).</param>
    /// <param name="topLevelConfig">config.toml text before the fake provider's settings.</param>
    public static Task<ServerSession> StartAsync(
        string transport,
        TestServerOptions? options = null,
        bool initialize = true,
        bool experimentalApi = false,
        string[]? optOut = null,
        FakeResponsesServer? fake = null,
        string extraConfig = "",
        string topLevelConfig = "")
        => StartAsync(ServerTransports.Parse(transport), options, initialize, experimentalApi, optOut, fake, extraConfig, topLevelConfig);

    /// <summary>Starts a server over <paramref name="transport"/>; the other parameters as in the overload taking a transport name.</summary>
    public static async Task<ServerSession> StartAsync(
        ServerTransport transport,
        TestServerOptions? options = null,
        bool initialize = true,
        bool experimentalApi = false,
        string[]? optOut = null,
        FakeResponsesServer? fake = null,
        string extraConfig = "",
        string topLevelConfig = "")
    {
        options ??= new TestServerOptions();
        if (fake is not null)
        {
            FakeModelRig.WriteConfig(options, fake, extraConfig, topLevelConfig);
        }

        ServerSession session;
        if (transport == ServerTransport.InProcess)
        {
            var inProcess = InProcessAppServer.Start(options);
            session = new ServerSession(null, inProcess, inProcess.Connect(), options);
        }
        else
        {
            var (server, client) = transport == ServerTransport.Stdio
                ? await TestServer.StartStdioAsync(options)
                : await TestServer.StartWebSocketAsync(options);
            session = new ServerSession(server, null, client, options);
        }

        if (initialize)
        {
            try
            {
                session.InitializeResult = await session.Client.InitializeAsync(experimentalApi: experimentalApi, optOut: optOut);
            }
            catch
            {
                await session.DisposeAsync();
                throw;
            }
        }

        return session;
    }

    public void Deconstruct(out TestServer server, out RpcClient client)
    {
        server = Server;
        client = Client;
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        if (InProcess is not null)
        {
            await InProcess.DisposeAsync();
        }
    }
}
