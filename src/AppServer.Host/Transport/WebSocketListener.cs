using System.Net;
using System.Security.Cryptography;
using System.Text;
using AppServer.Host.Cli;
using AppServer.Host.Connections;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AppServer.Host.Transport;

/// <summary>
/// The WebSocket listener on Kestrel: <c>/readyz</c> and <c>/healthz</c>, browser <c>Origin</c>s refused,
/// optional bearer capability token checked before the upgrade, then one JSON-RPC message per text frame.
/// </summary>
internal static class WebSocketListener
{
    public static void MapEndpoints(WebApplication app, ServerOptions options)
    {
        var tokenHash = options.WebSocketToken is { } token ? SHA256.HashData(Encoding.UTF8.GetBytes(token)) : null;
        var connections = app.Services.GetRequiredService<ConnectionFactory>();
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AppServer.WebSocket");

        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.Run(async context =>
        {
            // A page in a browser must never drive a local agent: any request that carries an Origin is refused.
            if (context.Request.Headers.ContainsKey("Origin"))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            if (context.Request.Path == "/readyz" || context.Request.Path == "/healthz")
            {
                context.Response.StatusCode = StatusCodes.Status200OK;
                await context.Response.WriteAsync("ok", context.RequestAborted).ConfigureAwait(false);
                return;
            }

            if (tokenHash is not null && !IsAuthorized(context.Request, tokenHash))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return;
            }

            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = StatusCodes.Status426UpgradeRequired;
                await context.Response.WriteAsync("expected a WebSocket upgrade", context.RequestAborted).ConfigureAwait(false);
                return;
            }

            using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            logger.LogDebug("WebSocket client connected from {Remote}", context.Connection.RemoteIpAddress);
            var transport = new WebSocketTransport(socket, connections.Limits.MaxMessageBytes);
            await connections.ServeAsync("ws", transport, lifetime.ApplicationStopping).ConfigureAwait(false);
        });
    }

    /// <summary>Constant-time comparison of the bearer token (hashes make the lengths equal).</summary>
    internal static bool IsAuthorized(HttpRequest request, byte[] expectedHash)
    {
        var header = request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header[prefix.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(presented, expectedHash);
    }

    public static string Describe(IPEndPoint endpoint) => $"ws://{endpoint}";
}
