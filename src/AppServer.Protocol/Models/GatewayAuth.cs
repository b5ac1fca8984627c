using System.Text.Json.Serialization;

namespace AppServer.Protocol.Models;

/// <summary>How a gateway authenticates (tagged by <c>mode</c>).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "mode")]
[JsonDerivedType(typeof(NoneGatewayAuth), "none")]
[JsonDerivedType(typeof(EnvironmentVariableGatewayAuth), "environmentVariable")]
public abstract class GatewayAuth
{
}
