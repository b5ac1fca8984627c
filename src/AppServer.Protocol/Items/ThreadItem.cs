using System.Text.Json.Serialization;

namespace AppServer.Protocol.Items;

/// <summary>
/// One entry of a turn: a user message, an agent message, reasoning, a tool call... Tagged by <c>type</c>.
/// Tool items are added by the tool families as further derived types.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(UserMessageThreadItem), "userMessage")]
[JsonDerivedType(typeof(AgentMessageThreadItem), "agentMessage")]
[JsonDerivedType(typeof(ReasoningThreadItem), "reasoning")]
[JsonDerivedType(typeof(ContextCompactionThreadItem), "contextCompaction")]
[JsonDerivedType(typeof(Tools.CommandExecutionThreadItem), "commandExecution")]
[JsonDerivedType(typeof(Tools.FileChangeThreadItem), "fileChange")]
[JsonDerivedType(typeof(Tools.ImageViewThreadItem), "imageView")]
[JsonDerivedType(typeof(Tools.DynamicToolCallThreadItem), "dynamicToolCall")]
public abstract class ThreadItem
{
    /// <summary>Item id: UUIDv7 for user messages, the model's item id for model output, the call id for tools.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }
}
