using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary><c>item/commandExecution/terminalInteraction</c>: input written to a running session.</summary>
public sealed class TerminalInteractionNotification
{
    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Turn id.</summary>
    [JsonPropertyName("turnId")]
    public required string TurnId { get; init; }

    /// <summary>Item id of the session's command.</summary>
    [JsonPropertyName("itemId")]
    public required string ItemId { get; init; }

    /// <summary>Session id.</summary>
    [JsonPropertyName("processId")]
    public required string ProcessId { get; init; }

    /// <summary>What was written.</summary>
    [JsonPropertyName("stdin")]
    public required string Stdin { get; init; }
}
