using AppServer.Host.Hosting;

namespace AppServer.Testing;

/// <summary>
/// The in-process tier: the server's real services (the executable's composition) without a process, reached
/// over in-memory connections. Fast, but it shares the test process: no per-server environment, no
/// per-server working directory, and a crash is the test runner's.
/// </summary>
public sealed class InProcessAppServer : IAsyncDisposable
{
    private readonly InProcessServer _server;

    private InProcessAppServer(InProcessServer server, TestServerOptions options)
    {
        _server = server;
        Options = options;
    }

    public TestServerOptions Options { get; }

    public string CodexHome => Options.CodexHome;

    /// <summary>The server's services, to look behind the wire (rows in the database, loaded threads).</summary>
    public IServiceProvider Services => _server.Services;

    /// <summary>
    /// Builds the services over the option's fresh home and system config folder. <c>-c</c> flags in
    /// <see cref="TestServerOptions.ExtraArgs"/> are honoured; anything that only a process can have (an
    /// environment, a command prefix, other arguments) is refused rather than silently ignored.
    /// </summary>
    public static InProcessAppServer Start(TestServerOptions? options = null)
    {
        options ??= new TestServerOptions();
        if (options.Environment.Count > 0 || options.CommandPrefix.Count > 0)
        {
            throw new ArgumentException("the in-process tier has no environment or command prefix of its own; use stdio or ws", nameof(options));
        }

        Directory.CreateDirectory(options.CodexHome);
        Directory.CreateDirectory(options.HomeDir);
        Directory.CreateDirectory(options.WorkDir);
        return new InProcessAppServer(InProcessServer.Start(options.CodexHome, options.SystemConfigDir, options.WorkDir, ConfigFlags(options.ExtraArgs)), options);
    }

    /// <summary>A new connected client (not initialized).</summary>
    public RpcClient Connect() => new StreamRpcClient(_server.Connect());

    private static List<string> ConfigFlags(IReadOnlyList<string> args)
    {
        var overrides = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "-c" or "--config" && i + 1 < args.Count)
            {
                overrides.Add(args[++i]);
            }
            else
            {
                throw new ArgumentException($"the in-process tier only takes -c flags, not {args[i]}", nameof(args));
            }
        }

        return overrides;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        if (Options.CodexHomeOverride is null && Options.DeleteOnDispose)
        {
            try
            {
                Directory.Delete(Options.Root, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
