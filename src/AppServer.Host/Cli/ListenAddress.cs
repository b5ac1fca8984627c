using System.Net;

namespace AppServer.Host.Cli;

/// <summary>Where the server listens: <c>stdio://</c>, <c>ws://IP:PORT</c> or <c>off</c>.</summary>
public sealed record ListenAddress(ListenKind Kind, IPEndPoint? Endpoint = null)
{
    public static ListenAddress Stdio { get; } = new(ListenKind.Stdio);

    /// <summary>Parses the <c>--listen</c> value; returns an error message when it is not valid.</summary>
    public static bool TryParse(string value, out ListenAddress address, out string? error)
    {
        address = Stdio;
        error = null;
        if (value is "stdio" or "stdio://")
        {
            return true;
        }

        if (value == "off")
        {
            address = new ListenAddress(ListenKind.Off);
            return true;
        }

        if (value.StartsWith("ws://", StringComparison.Ordinal))
        {
            var hostPort = value["ws://".Length..].TrimEnd('/');
            if (IPEndPoint.TryParse(hostPort, out var endpoint) && hostPort.Contains(':', StringComparison.Ordinal) && endpoint.Port is >= 0 and <= 65535)
            {
                address = new ListenAddress(ListenKind.WebSocket, endpoint);
                return true;
            }

            error = $"invalid websocket listen address `{value}`: expected ws://IP:PORT";
            return false;
        }

        error = $"unsupported --listen value `{value}`: expected stdio://, ws://IP:PORT or off";
        return false;
    }
}

/// <summary>The kinds of listener.</summary>
public enum ListenKind
{
    Stdio,
    WebSocket,
    Off,
}
