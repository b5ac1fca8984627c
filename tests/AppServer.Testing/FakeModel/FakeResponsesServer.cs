using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AppServer.Testing.FakeModel;

/// <summary>
/// An in-process stand-in for the OpenAI Responses API (and Chat Completions) on 127.0.0.1:0, served by
/// Kestrel. Each <c>POST …/responses</c> or <c>…/chat/completions</c> takes the next scripted
/// <see cref="FakeResponse"/> and replays it as SSE; every request (headers and JSON body) is recorded.
/// </summary>
public sealed class FakeResponsesServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeResponse> _queue = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly SemaphoreSlim _release = new(0);
    private readonly Lock _gate = new();
    private int _activeStalls;

    private FakeResponsesServer(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    /// <summary><c>http://127.0.0.1:PORT/v1</c>.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}/v1";

    /// <summary>Answer when the queue is empty.</summary>
    public string DefaultText { get; set; } = "(fake queue empty)";

    /// <summary>True while a response is stalled.</summary>
    public bool IsStalled => Volatile.Read(ref _activeStalls) > 0;

    /// <summary>How many streams were cut short by the client (e.g. an interrupt).</summary>
    public int ClientAborts;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_gate) { return [.. _requests]; } }
    }

    public static async Task<FakeResponsesServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeResponsesServer? self = null;
        app.MapPost("/{**path}", (HttpContext ctx) => self!.HandleAsync(ctx));
        app.MapGet("/{**path}", (HttpContext ctx) => self!.HandleGetAsync(ctx));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new FakeResponsesServer(app, new Uri(address).Port);
        return self;
    }

    public void Enqueue(params FakeResponse[] responses)
    {
        foreach (var response in responses)
        {
            // Encode the SSE text now, so serving a long stream costs (almost) nothing.
            response.Prebuild();
            _queue.Enqueue(response);
        }
    }

    /// <summary>Lets one stalled stream continue.</summary>
    public void Release() => _release.Release();

    /// <summary>Waits until at least <paramref name="count"/> model requests arrived.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            var requests = Requests;
            if (requests.Count >= count)
            {
                return requests;
            }

            await Task.Delay(20).ConfigureAwait(false);
        }

        throw new TimeoutException($"expected {count} model requests, got {Requests.Count}");
    }

    /// <summary>A <c>config.toml</c> that makes the server use this fake as provider <paramref name="providerId"/>.</summary>
    public string ConfigToml(string model = "gpt-5.5", string providerId = "mock", string wireApi = "responses", int requestMaxRetries = 0, int streamMaxRetries = 0, int idleTimeoutMs = 60000)
        => $"""
           model = "{model}"
           model_provider = "{providerId}"

           [model_providers.{providerId}]
           name = "Fake provider"
           base_url = "{BaseUrl}"
           wire_api = "{wireApi}"
           request_max_retries = {requestMaxRetries}
           stream_max_retries = {streamMaxRetries}
           stream_idle_timeout_ms = {idleTimeoutMs}
           supports_websockets = false
           requires_openai_auth = false

           """;

    private async Task HandleGetAsync(HttpContext ctx)
    {
        Record(ctx, null);
        ctx.Response.StatusCode = 404;
        await ctx.Response.WriteAsync("{\"error\":{\"message\":\"not found\"}}").ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        using var reader = new StreamReader(ctx.Request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync().ConfigureAwait(false);
        JsonObject? body = null;
        try
        {
            body = JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
        }

        Record(ctx, body);
        var path = ctx.Request.Path.Value ?? "";
        var chat = path.EndsWith("/chat/completions", StringComparison.Ordinal);
        if (!chat && !path.EndsWith("/responses", StringComparison.Ordinal))
        {
            ctx.Response.StatusCode = 404;
            return;
        }

        var response = _queue.TryDequeue(out var next)
            ? next
            : chat ? FakeChatResponse.Of(DefaultText) : FakeResponse.Of(FakeItem.Message(DefaultText));
        foreach (var (name, value) in response.Headers)
        {
            ctx.Response.Headers[name] = value;
        }

        if (response.Status != 200)
        {
            ctx.Response.StatusCode = response.Status;
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync(response.ErrorBody ?? "{}").ConfigureAwait(false);
            return;
        }

        ctx.Response.StatusCode = 200;
        ctx.Response.ContentType = "text/event-stream";
        ctx.Response.Headers.CacheControl = "no-cache";
        await StreamAsync(ctx, response).ConfigureAwait(false);
    }

    private async Task StreamAsync(HttpContext ctx, FakeResponse response)
    {
        var output = ctx.Response.BodyWriter;
        var aborted = ctx.RequestAborted;
        try
        {
            foreach (var step in response.Steps)
            {
                switch (step.Kind)
                {
                    case "event" or "raw":
                        System.Buffers.BuffersExtensions.Write(output, step.Encoded ?? FakeResponse.Encode(step));
                        if (output.UnflushedBytes > 64 * 1024)
                        {
                            await output.FlushAsync(aborted).ConfigureAwait(false);
                        }

                        break;
                    case "delay":
                        await output.FlushAsync(aborted).ConfigureAwait(false);
                        await Task.Delay(step.Duration, aborted).ConfigureAwait(false);
                        break;
                    case "stall":
                        await output.FlushAsync(aborted).ConfigureAwait(false);
                        Interlocked.Increment(ref _activeStalls);
                        try
                        {
                            await _release.WaitAsync(step.Duration, aborted).ConfigureAwait(false);
                        }
                        finally
                        {
                            Interlocked.Decrement(ref _activeStalls);
                        }

                        break;
                    case "drop":
                        // End the body cleanly without response.completed: the client sees EOF mid-response.
                        await output.FlushAsync(aborted).ConfigureAwait(false);
                        return;
                }
            }

            await output.FlushAsync(aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref ClientAborts);
        }
    }

    private void Record(HttpContext ctx, JsonObject? body)
    {
        var headers = ctx.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        lock (_gate)
        {
            _requests.Add(new RecordedRequest(ctx.Request.Method, ctx.Request.Path.Value ?? "", ctx.Request.QueryString.Value ?? "", headers, body));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _release.Release(100);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
