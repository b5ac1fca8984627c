using AppServer.Protocol.Initialize;

namespace AppServer.Protocol.Methods;

/// <summary>The connection handshake.</summary>
public static class InitializeMethods
{
    /// <summary><c>initialize</c>: the first request of every connection.</summary>
    public static readonly MethodDescriptor Initialize =
        MethodDescriptor.Create<InitializeParams, InitializeResponse>("initialize");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [Initialize];
}
