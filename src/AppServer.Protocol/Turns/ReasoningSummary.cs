using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary>How much reasoning summary the model should produce.</summary>
public enum ReasoningSummary
{
    /// <summary>Let the model decide.</summary>
    [JsonStringEnumMemberName("auto")]
    Auto,

    /// <summary>Short summaries.</summary>
    [JsonStringEnumMemberName("concise")]
    Concise,

    /// <summary>Detailed summaries.</summary>
    [JsonStringEnumMemberName("detailed")]
    Detailed,

    /// <summary>No summaries.</summary>
    [JsonStringEnumMemberName("none")]
    None,
}
