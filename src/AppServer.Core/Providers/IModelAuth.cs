namespace AppServer.Core.Providers;

/// <summary>Finds the bearer token for a provider (env key, config token, or the stored login).</summary>
public interface IModelAuth
{
    /// <summary>The API key to send as <c>Authorization: Bearer</c>, or null to send none.</summary>
    string? ApiKeyFor(ModelProviderInfo provider);
}
