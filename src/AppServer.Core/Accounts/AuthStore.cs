using System.Text.Json;
using System.Text.Json.Nodes;
using AppServer.Core.Providers;

namespace AppServer.Core.Accounts;

/// <summary>
/// The stored login: <c>$CODEX_HOME/auth.json</c> (<c>{"auth_mode":"apikey","OPENAI_API_KEY":"…"}</c>, mode
/// 0600), the same file the reference writes. Also decides which bearer token a provider gets.
/// </summary>
public sealed class AuthStore(string codexHome) : IModelAuth
{
    private readonly Lock _gate = new();

    public string Path { get; } = System.IO.Path.Combine(codexHome, "auth.json");

    /// <summary>The stored API key, or null when not logged in.</summary>
    public string? ApiKey
    {
        get
        {
            lock (_gate)
            {
                try
                {
                    if (!File.Exists(Path))
                    {
                        return null;
                    }

                    var node = JsonNode.Parse(File.ReadAllText(Path)) as JsonObject;
                    return node?["OPENAI_API_KEY"]?.GetValue<string>() is { Length: > 0 } key ? key : null;
                }
                catch (Exception ex) when (ex is IOException or JsonException or InvalidOperationException)
                {
                    return null;
                }
            }
        }
    }

    /// <summary>Stores an API key (atomically, readable by the owner only).</summary>
    public void SaveApiKey(string apiKey)
    {
        var json = new JsonObject { ["auth_mode"] = "apikey", ["OPENAI_API_KEY"] = apiKey }
            .ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        lock (_gate)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var temp = Path + ".tmp-" + Guid.NewGuid().ToString("N");
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temp, options))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(json);
            }

            File.Move(temp, Path, overwrite: true);
        }
    }

    /// <summary>Removes the stored login; true when there was one.</summary>
    public bool Logout()
    {
        lock (_gate)
        {
            if (!File.Exists(Path))
            {
                return false;
            }

            File.Delete(Path);
            return true;
        }
    }

    /// <summary>
    /// The provider's <c>env_key</c> variable, else its configured bearer token, else (for providers that use
    /// OpenAI auth) the stored key; the built-in <c>openai</c> provider finally tries <c>OPENAI_API_KEY</c>.
    /// </summary>
    public string? ApiKeyFor(ModelProviderInfo provider)
    {
        if (provider.EnvKey is { Length: > 0 } variable && Environment.GetEnvironmentVariable(variable) is { Length: > 0 } fromEnv)
        {
            return fromEnv;
        }

        if (provider.BearerToken is { Length: > 0 } token)
        {
            return token;
        }

        if (!provider.RequiresOpenaiAuth)
        {
            return null;
        }

        // The built-in openai provider falls back to OPENAI_API_KEY when nobody logged in.
        return ApiKey ?? (provider.IsOpenAi ? Environment.GetEnvironmentVariable("OPENAI_API_KEY") is { Length: > 0 } key ? key : null : null);
    }
}
