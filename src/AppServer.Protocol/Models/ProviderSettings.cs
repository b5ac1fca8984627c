using System.Text.Json.Serialization;

namespace AppServer.Protocol.Models;

/// <summary>Provider kind (tagged by <c>type</c>).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(OpenAiProviderSettings), "openai")]
[JsonDerivedType(typeof(CustomGatewayProviderSettings), "customGateway")]
public abstract class ProviderSettings
{
}
