namespace AppServer.Protocol.Methods;

/// <summary>
/// A server→client notification or request in the registry: wire name and payload type. The schema generator and
/// the conformance tests read these; code sends through the typed subclasses.
/// </summary>
/// <param name="Name">The wire method name, e.g. <c>thread/started</c>.</param>
/// <param name="PayloadType">The params type.</param>
/// <param name="ResultType">For server→client requests, the type of the client's answer; <c>null</c> for notifications.</param>
/// <param name="Experimental">True when only experimental clients may receive it.</param>
public abstract record MessageDescriptor(string Name, Type PayloadType, Type? ResultType, bool Experimental);

/// <summary>A notification the server sends, with its payload type.</summary>
/// <typeparam name="TPayload">The params type; the payload's runtime type is what gets serialized.</typeparam>
/// <param name="Name">The wire method name.</param>
/// <param name="Experimental">True when only experimental clients may receive it.</param>
public sealed record NotificationDescriptor<TPayload>(string Name, bool Experimental = false)
    : MessageDescriptor(Name, typeof(TPayload), null, Experimental);

/// <summary>A server→client request, with its params type and the type of the client's answer.</summary>
/// <typeparam name="TParams">The params type.</typeparam>
/// <typeparam name="TResult">The client's result, deserialized with the protocol's JSON options.</typeparam>
/// <param name="Name">The wire method name.</param>
/// <param name="Experimental">True when only experimental clients may receive it.</param>
public sealed record ServerRequestDescriptor<TParams, TResult>(string Name, bool Experimental = false)
    : MessageDescriptor(Name, typeof(TParams), typeof(TResult), Experimental);
