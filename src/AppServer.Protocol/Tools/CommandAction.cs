using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>What a command does, for display: <c>read</c>, <c>listFiles</c>, <c>search</c> or <c>unknown</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ReadCommandAction), "read")]
[JsonDerivedType(typeof(ListFilesCommandAction), "listFiles")]
[JsonDerivedType(typeof(SearchCommandAction), "search")]
[JsonDerivedType(typeof(UnknownCommandAction), "unknown")]
public abstract class CommandAction
{
    /// <summary>The part of the command this action describes.</summary>
    [JsonPropertyName("command")]
    public required string Command { get; init; }
}
