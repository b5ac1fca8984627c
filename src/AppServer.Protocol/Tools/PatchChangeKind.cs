using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>What a patch does to one file: <c>{type:"add"}</c>, <c>{type:"delete"}</c> or <c>{type:"update", move_path}</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AddPatchChangeKind), "add")]
[JsonDerivedType(typeof(DeletePatchChangeKind), "delete")]
[JsonDerivedType(typeof(UpdatePatchChangeKind), "update")]
public abstract class PatchChangeKind
{
}
