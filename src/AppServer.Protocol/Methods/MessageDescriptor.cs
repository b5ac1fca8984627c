namespace AppServer.Protocol.Methods;

/// <summary>A server→client notification or request in the registry: wire name and payload type.</summary>
/// <param name="Name">The wire method name, e.g. <c>thread/started</c>.</param>
/// <param name="PayloadType">The params type.</param>
/// <param name="ResultType">For server→client requests, the type of the client's answer; <c>null</c> for notifications.</param>
/// <param name="Experimental">True when only experimental clients may receive it.</param>
public sealed record MessageDescriptor(string Name, Type PayloadType, Type? ResultType = null, bool Experimental = false);
