namespace AppServer.Protocol.Tools;

/// <summary>The file is created.</summary>
public sealed class AddPatchChangeKind : PatchChangeKind
{
}
