using System.Text.Json;

namespace AppServer.Core.Models;

/// <summary>
/// The providers known to a configuration: the built-ins plus every <c>[model_providers.&lt;id&gt;]</c> table.
/// Like the reference, a user table cannot replace a built-in id.
/// </summary>
public sealed class ModelProviderRegistry
{
    private readonly Dictionary<string, ModelProviderInfo> _providers;

    private ModelProviderRegistry(Dictionary<string, ModelProviderInfo> providers) => _providers = providers;

    public IReadOnlyCollection<ModelProviderInfo> All => _providers.Values;

    public bool TryGet(string id, out ModelProviderInfo provider) => _providers.TryGetValue(id, out provider!);

    /// <summary>Reads providers from the effective config as JSON (the shape of <c>config/read</c>'s <c>config</c>).</summary>
    public static ModelProviderRegistry FromConfig(JsonElement config, Func<string, string?> env)
    {
        string? openAiBaseUrl = config.ValueKind == JsonValueKind.Object && config.TryGetProperty("openai_base_url", out var b) && b.ValueKind == JsonValueKind.String
            ? b.GetString()
            : null;
        var providers = BuiltInModelProviders.Create(openAiBaseUrl, env).ToDictionary(p => p.Id, StringComparer.Ordinal);
        if (config.ValueKind == JsonValueKind.Object && config.TryGetProperty("model_providers", out var table) && table.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in table.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.Object)
                {
                    providers.TryAdd(entry.Name, Parse(entry.Name, entry.Value));
                }
            }
        }

        return new ModelProviderRegistry(providers);
    }

    /// <summary>Parses one provider table.</summary>
    public static ModelProviderInfo Parse(string id, JsonElement table)
    {
        string? Str(string name) => table.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int? Int(string name) => table.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n)
            ? (int)Math.Clamp(n, 0, int.MaxValue)
            : null;
        bool Bool(string name) => table.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
        Dictionary<string, string> Map(string name)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            if (table.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in v.EnumerateObject())
                {
                    if (p.Value.ValueKind == JsonValueKind.String)
                    {
                        map[p.Name] = p.Value.GetString()!;
                    }
                }
            }

            return map;
        }

        return new ModelProviderInfo
        {
            Id = id,
            Name = Str("name") ?? id,
            BaseUrl = Str("base_url") ?? "https://api.openai.com/v1",
            EnvKey = Str("env_key"),
            BearerToken = Str("experimental_bearer_token"),
            WireApi = string.Equals(Str("wire_api"), "chat", StringComparison.Ordinal) ? WireApi.Chat : WireApi.Responses,
            QueryParams = Map("query_params"),
            HttpHeaders = Map("http_headers"),
            EnvHttpHeaders = Map("env_http_headers"),
            RequestMaxRetries = Int("request_max_retries") ?? ModelProviderInfo.DefaultRequestMaxRetries,
            StreamMaxRetries = Int("stream_max_retries") ?? ModelProviderInfo.DefaultStreamMaxRetries,
            StreamIdleTimeout = TimeSpan.FromMilliseconds(Int("stream_idle_timeout_ms") ?? ModelProviderInfo.DefaultStreamIdleTimeoutMs),
            RequiresOpenaiAuth = Bool("requires_openai_auth"),
        };
    }
}
