using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AppServer.Testing;

/// <summary>
/// The built <c>appserver</c> running as a child process with its own fresh <c>CODEX_HOME</c>, <c>HOME</c>
/// and working directory. Start it over stdio or WebSocket; stderr is captured for diagnostics.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly bool _ownsDirectories;

    private TestServer(Process process, TestServerOptions options, int? port, bool ownsDirectories)
    {
        _process = process;
        Options = options;
        Port = port;
        _ownsDirectories = ownsDirectories;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
    }

    public TestServerOptions Options { get; }

    public string CodexHome => Options.CodexHome;

    public string WorkDir => Options.WorkDir;

    /// <summary>The WebSocket port, when listening on WebSocket.</summary>
    public int? Port { get; }

    public Process Process => _process;

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Path of the built server assembly next to the tests.</summary>
    public static string ServerDll => Path.Combine(AppContext.BaseDirectory, "appserver.dll");

    /// <summary>
    /// The server's argv: <c>dotnet appserver.dll</c>, or <c>APPSERVER_TEST_SERVER</c> (space-separated) to run
    /// another build — a published binary, or the reference (<c>".../codex app-server"</c>) for benchmarks.
    /// </summary>
    public static IReadOnlyList<string> ServerArgv
        => Environment.GetEnvironmentVariable("APPSERVER_TEST_SERVER") is { Length: > 0 } command
            ? command.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : ["dotnet", ServerDll];

    /// <summary>Shell-quoted argv that runs the server (for the conformance scenarios).</summary>
    public static string ServerCommandLine => string.Join(' ', ServerArgv);

    public static Task<(TestServer Server, RpcClient Client)> StartStdioAsync(TestServerOptions? options = null)
    {
        var server = Start(options ?? new TestServerOptions(), transport: null);
        return Task.FromResult<(TestServer, RpcClient)>((server, new StdioRpcClient(server._process)));
    }

    public static async Task<(TestServer Server, RpcClient Client)> StartWebSocketAsync(TestServerOptions? options = null)
    {
        var server = StartWebSocketServer(options);
        await server.WaitForReadyAsync();
        return (server, await server.ConnectWebSocketAsync());
    }

    public static async Task<(TestServer Server, RpcClient Client)> StartAsync(string transport, TestServerOptions? options = null)
        => transport switch
        {
            "stdio" => await StartStdioAsync(options),
            "ws" => await StartWebSocketAsync(options),
            _ => throw new ArgumentOutOfRangeException(nameof(transport)),
        };

    /// <summary>Starts a WebSocket server without connecting a client.</summary>
    public static TestServer StartWebSocketServer(TestServerOptions? options = null)
        => Start(options ?? new TestServerOptions(), transport: "ws");

    public Task<RpcClient> ConnectWebSocketAsync(string? bearerToken = null)
        => WebSocketRpcClient.ConnectAsync(new Uri($"ws://127.0.0.1:{Port}/"), bearerToken).ContinueWith(t => (RpcClient)t.Result);

    public async Task WaitForReadyAsync()
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"server exited with {_process.ExitCode}: {Stderr}");
            }

            try
            {
                var response = await http.GetAsync($"http://127.0.0.1:{Port}/readyz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"server not ready: {Stderr}");
    }

    private static TestServer Start(TestServerOptions options, string? transport)
    {
        var ownsDirectories = options.CodexHomeOverride is null;
        Directory.CreateDirectory(options.CodexHome);
        Directory.CreateDirectory(options.HomeDir);
        Directory.CreateDirectory(options.WorkDir);
        int? port = transport == "ws" ? (options.Port ?? FreePort()) : null;

        IReadOnlyList<string> argv = [.. options.CommandPrefix, .. ServerArgv];
        var psi = new ProcessStartInfo(argv[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = options.WorkDir,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in argv.Skip(1))
        {
            psi.ArgumentList.Add(arg);
        }

        if (port is not null)
        {
            psi.ArgumentList.Add("--listen");
            psi.ArgumentList.Add($"ws://127.0.0.1:{port}");
        }

        foreach (var arg in options.ExtraArgs)
        {
            psi.ArgumentList.Add(arg);
        }

        psi.Environment["CODEX_HOME"] = options.CodexHome;
        psi.Environment["HOME"] = options.HomeDir;
        psi.Environment["APPSERVER_SYSTEM_CONFIG_DIR"] = options.SystemConfigDir;
        psi.Environment.Remove("OPENAI_API_KEY");
        foreach (var (key, value) in options.Environment)
        {
            if (value is null)
            {
                psi.Environment.Remove(key);
            }
            else
            {
                psi.Environment[key] = value;
            }
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start appserver");
        return new TestServer(process, options, port, ownsDirectories);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Kills the server the hard way (SIGKILL), as a crash would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>Waits for the process to exit on its own.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(new CancellationTokenSource(10_000).Token);
            }
        }
        catch (Exception)
        {
        }

        _process.Dispose();
        if (_ownsDirectories && Options.DeleteOnDispose)
        {
            try
            {
                Directory.Delete(Options.Root, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}

/// <summary>How to start a <see cref="TestServer"/>. Every path defaults to a fresh temp directory.</summary>
public sealed class TestServerOptions
{
    public TestServerOptions()
    {
        // Not under /tmp: sandboxed commands get /tmp writable, which would blur "outside the workspace"
        // tests, and the reference refuses helper binaries under /tmp.
        var parent = OperatingSystem.IsLinux() && Directory.Exists("/var/tmp") ? "/var/tmp" : Path.GetTempPath();
        Root = Path.Combine(parent, "appserver-tests", Guid.NewGuid().ToString("N"));
    }

    /// <summary>Parent of the fresh directories.</summary>
    public string Root { get; }

    /// <summary>Set to reuse an existing CODEX_HOME (e.g. to restart a server on the same data).</summary>
    public string? CodexHomeOverride { get; init; }

    public string CodexHome => CodexHomeOverride ?? Path.Combine(Root, "codex-home");

    public string HomeDir { get => _homeDir ?? Path.Combine(Root, "home"); init => _homeDir = value; }

    public string WorkDir { get => _workDir ?? Path.Combine(Root, "work"); init => _workDir = value; }

    /// <summary>Stands in for /etc/codex so tests never read or write the real one.</summary>
    public string SystemConfigDir { get => _systemConfigDir ?? Path.Combine(Root, "etc-codex"); init => _systemConfigDir = value; }

    private readonly string? _homeDir;
    private readonly string? _workDir;
    private readonly string? _systemConfigDir;

    public int? Port { get; init; }

    public IReadOnlyList<string> ExtraArgs { get; init; } = [];

    /// <summary>A command the server runs under, e.g. <c>unshare -m sh -c '…; exec "$@"' sh</c>.</summary>
    public IReadOnlyList<string> CommandPrefix { get; init; } = [];

    public Dictionary<string, string?> Environment { get; init; } = new();

    public bool DeleteOnDispose { get; init; } = true;
}
