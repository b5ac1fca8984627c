namespace AppServer.Core.Models;

/// <summary>The providers every installation has: <c>openai</c>, <c>ollama</c>, <c>lmstudio</c>.</summary>
public static class BuiltInModelProviders
{
    public const string OpenAiId = "openai";
    public const string OllamaId = "ollama";
    public const string LmStudioId = "lmstudio";
    private const string DefaultOpenAiBaseUrl = "https://api.openai.com/v1";

    /// <summary>Built-in providers, given the <c>openai_base_url</c> config value and the process environment.</summary>
    public static IReadOnlyList<ModelProviderInfo> Create(string? openAiBaseUrlFromConfig, Func<string, string?> env)
    {
        var openAiBase = FirstNonEmpty(openAiBaseUrlFromConfig, env("OPENAI_BASE_URL")) ?? DefaultOpenAiBaseUrl;
        var ossBase = FirstNonEmpty(env("CODEX_OSS_BASE_URL"));
        var ossPort = FirstNonEmpty(env("CODEX_OSS_PORT"));
        var openAiHeaders = new Dictionary<string, string>();
        var openAiEnvHeaders = new Dictionary<string, string>
        {
            ["OpenAI-Organization"] = "OPENAI_ORGANIZATION",
            ["OpenAI-Project"] = "OPENAI_PROJECT",
        };
        return
        [
            new ModelProviderInfo
            {
                Id = OpenAiId,
                Name = "OpenAI",
                BaseUrl = openAiBase,
                EnvKey = null,
                HttpHeaders = openAiHeaders,
                EnvHttpHeaders = openAiEnvHeaders,
                RequiresOpenaiAuth = true,
            },
            Oss(OllamaId, "gpt-oss", ossBase ?? $"http://localhost:{ossPort ?? "11434"}/v1"),
            Oss(LmStudioId, "LM Studio", ossBase ?? $"http://localhost:{ossPort ?? "1234"}/v1"),
        ];
    }

    private static ModelProviderInfo Oss(string id, string name, string baseUrl) => new()
    {
        Id = id,
        Name = name,
        BaseUrl = baseUrl,
        RequiresOpenaiAuth = false,
    };

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
