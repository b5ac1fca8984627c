using AppServer.Host.Dispatch;

namespace AppServer.Host.Handlers;

/// <summary>
/// Something to do for a connection right after its <c>initialize</c> response (e.g. the reference's startup
/// <c>configWarning</c> notifications). Register implementations as singletons; they run in registration order.
/// </summary>
internal interface IAfterInitialize
{
    void OnInitialized(RequestContext context);
}
