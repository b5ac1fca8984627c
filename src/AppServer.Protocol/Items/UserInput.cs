using System.Text.Json.Serialization;

namespace AppServer.Protocol.Items;

/// <summary>One part of user input, tagged by <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(TextUserInput), "text")]
[JsonDerivedType(typeof(ImageUserInput), "image")]
[JsonDerivedType(typeof(LocalImageUserInput), "localImage")]
[JsonDerivedType(typeof(SkillUserInput), "skill")]
[JsonDerivedType(typeof(MentionUserInput), "mention")]
public abstract class UserInput
{
}
