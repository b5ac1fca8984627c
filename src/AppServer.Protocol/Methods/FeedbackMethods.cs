using AppServer.Protocol.Feedback;

namespace AppServer.Protocol.Methods;

/// <summary>Feedback: <c>feedback/save</c> (a local bundle).</summary>
public static class FeedbackMethods
{
    /// <summary><c>feedback/save</c>.</summary>
    public static readonly MethodDescriptor Save = MethodDescriptor.Create<FeedbackSaveParams, FeedbackSaveResponse>("feedback/save");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [Save];
}
