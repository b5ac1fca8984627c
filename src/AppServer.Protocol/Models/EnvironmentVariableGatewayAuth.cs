using System.Text.Json.Serialization;

namespace AppServer.Protocol.Models;

/// <summary>A bearer token read from an environment variable.</summary>
public sealed class EnvironmentVariableGatewayAuth : GatewayAuth
{
    /// <summary>The variable name.</summary>
    [JsonPropertyName("envKey")]
    public required string EnvKey { get; init; }
}
