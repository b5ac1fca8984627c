using System.Text.Json.Serialization;

namespace AppServer.Protocol.Initialize;

/// <summary>Params of <c>initialize</c>.</summary>
public sealed class InitializeParams
{
    /// <summary>Who the client is.</summary>
    [JsonPropertyName("clientInfo")]
    public required ClientInfo ClientInfo { get; init; }

    /// <summary>Negotiated capabilities; absent means defaults.</summary>
    [JsonPropertyName("capabilities")]
    public InitializeCapabilities? Capabilities { get; init; }
}
