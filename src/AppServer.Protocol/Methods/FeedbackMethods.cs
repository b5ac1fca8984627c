using AppServer.Protocol.Feedback;

namespace AppServer.Protocol.Methods;

/// <summary>Feedback reports.</summary>
public static class FeedbackMethods
{
    /// <summary><c>feedback/upload</c>: sends a report to OpenAI, which this server cannot do (it is refused).</summary>
    public static readonly MethodDescriptor Upload = MethodDescriptor.Create<FeedbackUploadParams, FeedbackUploadResponse>("feedback/upload");

    /// <summary><c>feedback/save</c>: writes the report as a local ZIP bundle.</summary>
    public static readonly MethodDescriptor Save = MethodDescriptor.Create<FeedbackSaveParams, FeedbackSaveResponse>("feedback/save");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [Upload, Save];
}
