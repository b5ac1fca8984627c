using AppServer.Core.Collaboration;
using AppServer.Host.Dispatch;
using AppServer.Protocol.CollaborationModes;
using AppServer.Protocol.Methods;

namespace AppServer.Host.Handlers;

/// <summary>Handles <c>collaborationMode/list</c>.</summary>
internal sealed class CollaborationModeHandlers : IMethodHandlers
{
    public void Register(HandlerMap map)
        => map.Add<CollaborationModeListParams, CollaborationModeListResponse>(CollaborationModeMethods.List, List);

    private static Task<CollaborationModeListResponse> List(CollaborationModeListParams request, RequestContext context)
        => Task.FromResult(new CollaborationModeListResponse
        {
            Data = CollaborationModePresets.All.Select(p => new CollaborationModeMask
            {
                Name = p.Name,
                Mode = p.Mode == "plan" ? ModeKind.Plan : ModeKind.Default,
                Model = p.Model,
                ReasoningEffort = p.ReasoningEffort,
            }).ToList(),
        });
}
