namespace AppServer.Protocol.Models;

/// <summary>The built-in OpenAI provider.</summary>
public sealed class OpenAiProviderSettings : ProviderSettings
{
}
