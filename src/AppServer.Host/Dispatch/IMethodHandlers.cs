namespace AppServer.Host.Dispatch;

/// <summary>
/// A handler class for one method family (ThreadHandlers, ConfigHandlers, ...). It binds its registry
/// entries to methods in <see cref="Register"/>; the dispatcher finds handlers only through the map.
/// </summary>
public interface IMethodHandlers
{
    /// <summary>Adds this family's handlers to the map.</summary>
    void Register(HandlerMap map);
}
