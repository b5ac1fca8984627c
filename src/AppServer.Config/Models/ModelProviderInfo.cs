using System.Text.Json.Nodes;

namespace AppServer.Config.Models;

/// <summary>
/// A model provider: where the Responses API lives and how to call it. Built-ins (<c>openai</c>, <c>ollama</c>,
/// <c>lmstudio</c>) come from <see cref="BuiltInProviders"/>; <c>[model_providers.ID]</c> adds more (it cannot
/// override a built-in id, as in the reference).
/// </summary>
public sealed record ModelProviderInfo
{
    /// <summary>Default <see cref="RequestMaxRetries"/>.</summary>
    public const int DefaultRequestMaxRetries = 4;

    /// <summary>Default <see cref="StreamMaxRetries"/>.</summary>
    public const int DefaultStreamMaxRetries = 5;

    /// <summary>Default <see cref="StreamIdleTimeoutMs"/>.</summary>
    public const long DefaultStreamIdleTimeoutMs = 300_000;

    /// <summary>Retries are capped at this many, as in the reference.</summary>
    public const int MaxRetries = 100;

    /// <summary>The provider id (the <c>model_providers</c> key).</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>Base URL; requests go to <c>{BaseUrl}/responses</c>. Null means the provider's default.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Environment variable holding the API key (sent as a bearer token).</summary>
    public string? EnvKey { get; init; }

    /// <summary>Help text shown when <see cref="EnvKey"/> is unset.</summary>
    public string? EnvKeyInstructions { get; init; }

    /// <summary>A literal bearer token (development only).</summary>
    public string? ExperimentalBearerToken { get; init; }

    /// <summary>Always <c>responses</c> (Chat Completions was removed).</summary>
    public string WireApi { get; init; } = "responses";

    /// <summary>Query parameters appended to every request URL.</summary>
    public IReadOnlyDictionary<string, string> QueryParams { get; init; } = new Dictionary<string, string>();

    /// <summary>Static HTTP headers.</summary>
    public IReadOnlyDictionary<string, string> HttpHeaders { get; init; } = new Dictionary<string, string>();

    /// <summary>Headers whose values come from environment variables: header name → variable name.</summary>
    public IReadOnlyDictionary<string, string> EnvHttpHeaders { get; init; } = new Dictionary<string, string>();

    /// <summary>Retries of a failed request (default 4, max 100).</summary>
    public int RequestMaxRetries { get; init; } = DefaultRequestMaxRetries;

    /// <summary>Retries of a dropped stream (default 5, max 100).</summary>
    public int StreamMaxRetries { get; init; } = DefaultStreamMaxRetries;

    /// <summary>Idle time after which a stream counts as dropped (default 300000 ms).</summary>
    public long StreamIdleTimeoutMs { get; init; } = DefaultStreamIdleTimeoutMs;

    /// <summary>Whether the provider needs OpenAI (ChatGPT or API key) auth.</summary>
    public bool RequiresOpenAiAuth { get; init; }

    /// <summary>Whether the provider offers the Responses WebSocket transport.</summary>
    public bool SupportsWebSockets { get; init; }

    /// <summary>True for built-in providers.</summary>
    public bool IsBuiltIn { get; init; }

    /// <summary>Reads a <c>[model_providers.ID]</c> table.</summary>
    public static ModelProviderInfo FromToml(string id, JsonObject table) => new()
    {
        Id = id,
        Name = ConfigValues.String(table, "name") ?? id,
        BaseUrl = ConfigValues.String(table, "base_url"),
        EnvKey = ConfigValues.String(table, "env_key"),
        EnvKeyInstructions = ConfigValues.String(table, "env_key_instructions"),
        ExperimentalBearerToken = ConfigValues.String(table, "experimental_bearer_token"),
        WireApi = ConfigValues.String(table, "wire_api") ?? "responses",
        QueryParams = ConfigValues.StringMap(table, "query_params"),
        HttpHeaders = ConfigValues.StringMap(table, "http_headers"),
        EnvHttpHeaders = ConfigValues.StringMap(table, "env_http_headers"),
        RequestMaxRetries = (int)Math.Min(MaxRetries, ConfigValues.Long(table, "request_max_retries") ?? DefaultRequestMaxRetries),
        StreamMaxRetries = (int)Math.Min(MaxRetries, ConfigValues.Long(table, "stream_max_retries") ?? DefaultStreamMaxRetries),
        StreamIdleTimeoutMs = ConfigValues.Long(table, "stream_idle_timeout_ms") ?? DefaultStreamIdleTimeoutMs,
        RequiresOpenAiAuth = ConfigValues.Bool(table, "requires_openai_auth") ?? false,
        SupportsWebSockets = ConfigValues.Bool(table, "supports_websockets") ?? false,
    };
}
