using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary><c>item/commandExecution/outputDelta</c>: output of a running command.</summary>
public sealed class CommandExecutionOutputDeltaNotification
{
    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Turn id.</summary>
    [JsonPropertyName("turnId")]
    public required string TurnId { get; init; }

    /// <summary>Item id.</summary>
    [JsonPropertyName("itemId")]
    public required string ItemId { get; init; }

    /// <summary>Output text.</summary>
    [JsonPropertyName("delta")]
    public required string Delta { get; init; }
}
