namespace AppServer.Protocol.CollaborationModes;

/// <summary>EXPERIMENTAL - params of <c>collaborationMode/list</c> (none).</summary>
public sealed class CollaborationModeListParams
{
}
