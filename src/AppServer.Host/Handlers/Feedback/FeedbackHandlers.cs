using AppServer.Core.Feedback;
using AppServer.Host.Dispatch;
using AppServer.Protocol;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Feedback;
using AppServer.Protocol.Methods;

namespace AppServer.Host.Handlers;

/// <summary>
/// <c>feedback/save</c> writes a local feedback bundle (ZIP) with the reference's checks and messages.
/// <c>feedback/upload</c> sends a report (and optionally logs) to OpenAI's feedback service. This server talks to
/// no OpenAI service of its own, so the upload is refused with a clear error instead of failing on the network.
/// </summary>
internal sealed class FeedbackHandlers(FeedbackBundleWriter writer) : IMethodHandlers
{
    /// <summary>The refusal text.</summary>
    internal const string UploadUnavailable = "feedback upload needs the OpenAI service, which this server does not use; nothing was uploaded";

    public void Register(HandlerMap map)
    {
        map.Add<FeedbackUploadParams, FeedbackUploadResponse>(FeedbackMethods.Upload, Upload);
        map.Add<FeedbackSaveParams, FeedbackSaveResponse>(FeedbackMethods.Save, Save);
    }

    private Task<FeedbackUploadResponse> Upload(FeedbackUploadParams p, RequestContext ctx) =>
        throw new InvalidRequestException(UploadUnavailable);

    private Task<FeedbackSaveResponse> Save(FeedbackSaveParams request, RequestContext context)
    {
        if (!Path.IsPathFullyQualified(request.SavePath))
        {
            throw new InvalidRequestException("feedback savePath must be an absolute host path");
        }

        if (Path.Exists(request.SavePath))
        {
            throw new InternalErrorException("failed to save feedback: feedback save path already exists");
        }

        var feedback = new FeedbackRequest(
            request.Classification,
            request.Reason,
            request.ThreadId,
            request.IncludeLogs,
            request.ExtraLogFiles ?? [],
            request.Tags ?? new Dictionary<string, string>());
        try
        {
            var threadId = writer.Write(request.SavePath, feedback, ProtocolVersion.Codex);
            return Task.FromResult(new FeedbackSaveResponse { SavedPath = request.SavePath, ThreadId = threadId });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InternalErrorException($"failed to save feedback: {ex.Message}");
        }
    }
}
