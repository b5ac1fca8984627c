using AppServer.Protocol.CollaborationModes;

namespace AppServer.Protocol.Methods;

/// <summary>Collaboration mode presets (experimental).</summary>
public static class CollaborationModeMethods
{
    /// <summary><c>collaborationMode/list</c>: the built-in presets.</summary>
    public static readonly MethodDescriptor List =
        MethodDescriptor.Create<CollaborationModeListParams, CollaborationModeListResponse>("collaborationMode/list", experimental: true);

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [List];
}
