using System.Text.Json;
using System.Text.Json.Serialization;
using AppServer.Protocol.Items;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary>Params of <c>turn/steer</c>: more input for the running turn.</summary>
public sealed class TurnSteerParams
{
    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>The turn the client believes is running; the request fails otherwise.</summary>
    [JsonPropertyName("expectedTurnId")]
    public required string ExpectedTurnId { get; init; }

    /// <summary>The additional input.</summary>
    [JsonPropertyName("input")]
    public required IReadOnlyList<UserInput> Input { get; init; }

    /// <summary>Client-side id of the user message.</summary>
    [JsonPropertyName("clientUserMessageId")]
    public string? ClientUserMessageId { get; init; }

    /// <summary>Client-provided context fragments (experimental).</summary>
    [JsonPropertyName("additionalContext")]
    [ExperimentalApi("turn/steer.additionalContext")]
    [WireShape("{struct AdditionalContextEntry}?")]
    public JsonElement? AdditionalContext { get; init; }

    /// <summary>Responses API turn metadata replacement (experimental).</summary>
    [JsonPropertyName("responsesapiClientMetadata")]
    [ExperimentalApi("turn/steer.responsesapiClientMetadata")]
    [WireShape("{string}?")]
    public JsonElement? ResponsesapiClientMetadata { get; init; }

    /// <summary>Responses API turn metadata patch (experimental).</summary>
    [JsonPropertyName("responsesapiClientMetadataPatch")]
    [ExperimentalApi("turn/steer.responsesapiClientMetadataPatch")]
    [WireShape("{string}?")]
    public JsonElement? ResponsesapiClientMetadataPatch { get; init; }
}
