namespace AppServer.Protocol.Items;

/// <summary>Marks the point where the conversation history was compacted.</summary>
public sealed class ContextCompactionThreadItem : ThreadItem
{
}
