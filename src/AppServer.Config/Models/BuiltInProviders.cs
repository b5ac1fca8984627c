using System.Text.Json.Nodes;

namespace AppServer.Config.Models;

/// <summary>The providers every install has, with the reference's defaults.</summary>
public static class BuiltInProviders
{
    /// <summary>The default provider id.</summary>
    public const string OpenAiId = "openai";

    /// <summary>Ollama's id.</summary>
    public const string OllamaId = "ollama";

    /// <summary>LM Studio's id.</summary>
    public const string LmStudioId = "lmstudio";

    /// <summary>
    /// The built-ins. <c>openai</c>'s base URL honours the <c>openai_base_url</c> key and <c>OPENAI_BASE_URL</c>;
    /// the local OSS providers honour <c>CODEX_OSS_BASE_URL</c> / <c>CODEX_OSS_PORT</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, ModelProviderInfo> Create(JsonObject merged, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var openAiBase = ConfigValues.String(merged, "openai_base_url") ?? NonEmpty(environment("OPENAI_BASE_URL")) ?? "https://api.openai.com/v1";
        var headers = new Dictionary<string, string>();
        var envHeaders = new Dictionary<string, string> { ["OpenAI-Organization"] = "OPENAI_ORGANIZATION", ["OpenAI-Project"] = "OPENAI_PROJECT" };
        return new Dictionary<string, ModelProviderInfo>(StringComparer.Ordinal)
        {
            [OpenAiId] = new()
            {
                Id = OpenAiId,
                Name = "OpenAI",
                BaseUrl = openAiBase,
                EnvKey = "OPENAI_API_KEY",
                HttpHeaders = headers,
                EnvHttpHeaders = envHeaders,
                RequiresOpenAiAuth = true,
                SupportsWebSockets = true,
                IsBuiltIn = true,
            },
            [OllamaId] = Oss(OllamaId, "gpt-oss", 11434, environment),
            [LmStudioId] = Oss(LmStudioId, "gpt-oss", 1234, environment),
        };
    }

    private static ModelProviderInfo Oss(string id, string name, int defaultPort, Func<string, string?> environment)
    {
        var baseUrl = NonEmpty(environment("CODEX_OSS_BASE_URL"));
        if (baseUrl is null)
        {
            var port = int.TryParse(environment("CODEX_OSS_PORT"), out var p) ? p : defaultPort;
            baseUrl = $"http://localhost:{port}/v1";
        }

        return new ModelProviderInfo { Id = id, Name = name, BaseUrl = baseUrl, IsBuiltIn = true };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
