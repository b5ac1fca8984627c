namespace AppServer.Protocol.Tools;

/// <summary>The file is deleted.</summary>
public sealed class DeletePatchChangeKind : PatchChangeKind
{
}
