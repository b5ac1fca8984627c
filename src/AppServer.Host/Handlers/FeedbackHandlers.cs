using AppServer.Host.Dispatch;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Feedback;
using AppServer.Protocol.Methods;

namespace AppServer.Host.Handlers;

/// <summary>
/// <c>feedback/upload</c> sends a report (and optionally logs) to OpenAI's feedback service. This server talks to
/// no OpenAI service of its own, so the upload is refused with a clear error instead of failing on the network.
/// </summary>
internal sealed class FeedbackHandlers : IMethodHandlers
{
    /// <summary>The refusal text.</summary>
    internal const string UploadUnavailable = "feedback upload needs the OpenAI service, which this server does not use; nothing was uploaded";

    public void Register(HandlerMap map) =>
        map.Add<FeedbackUploadParams, FeedbackUploadResponse>(FeedbackMethods.Upload, Upload);

    private Task<FeedbackUploadResponse> Upload(FeedbackUploadParams p, RequestContext ctx) =>
        throw new InvalidRequestException(UploadUnavailable);
}
