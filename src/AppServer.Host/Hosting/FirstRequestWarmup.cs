using AppServer.Protocol.Initialize;
using AppServer.Protocol.Serialization;

namespace AppServer.Host.Hosting;

/// <summary>
/// Builds the serializer metadata the first request (<c>initialize</c>) needs on a pool thread while the main
/// thread checks the home and builds the host, so the answer does not wait for that reflection work.
/// </summary>
internal static class FirstRequestWarmup
{
    public static void Start() => ThreadPool.UnsafeQueueUserWorkItem(static _ => Warm(), state: null);

    private static void Warm()
    {
        try
        {
            ProtocolJson.Options.GetTypeInfo(typeof(InitializeParams));
            ProtocolJson.Options.GetTypeInfo(typeof(InitializeResponse));
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException)
        {
            // Only a head start: the request path builds the same metadata and reports the failure itself.
        }
    }
}
