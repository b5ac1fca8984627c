using AppServer.Host.Dispatch;
using AppServer.Protocol.Apps;
using AppServer.Protocol.Methods;

namespace AppServer.Host.Handlers;

/// <summary>
/// <c>app/list</c>, <c>app/read</c>, <c>app/installed</c>. Apps (connectors) live in the OpenAI service, which this
/// server does not use, so there are never any: the answers are the reference's "nothing here" shapes.
/// </summary>
internal sealed class AppHandlers : IMethodHandlers
{
    /// <summary>The most ids <c>app/read</c> accepts.</summary>
    private const int MaxAppIds = 100;

    public void Register(HandlerMap map)
    {
        map.Add<AppsListParams, AppsListResponse>(AppMethods.List, (_, _) => Task.FromResult(new AppsListResponse { Data = [], NextCursor = null }));
        map.Add<AppsReadParams, AppsReadResponse>(AppMethods.Read, Read);
        map.Add<AppsInstalledParams, AppsInstalledResponse>(AppMethods.Installed, (_, _) => Task.FromResult(new AppsInstalledResponse { Apps = [] }));
    }

    private static Task<AppsReadResponse> Read(AppsReadParams request, RequestContext context)
    {
        if (request.AppIds.Count > MaxAppIds)
        {
            throw new Protocol.Errors.InvalidRequestException($"app/read accepts at most {MaxAppIds} app ids");
        }

        return Task.FromResult(new AppsReadResponse { Apps = [], MissingAppIds = request.AppIds.Distinct(StringComparer.Ordinal).ToList() });
    }
}
