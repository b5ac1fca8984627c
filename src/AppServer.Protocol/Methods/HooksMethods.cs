using AppServer.Protocol.Hooks;

namespace AppServer.Protocol.Methods;

/// <summary>Lifecycle hooks.</summary>
public static class HooksMethods
{
    /// <summary><c>hooks/list</c>: the hooks configured for each cwd.</summary>
    public static readonly MethodDescriptor List = MethodDescriptor.Create<HooksListParams, HooksListResponse>("hooks/list");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [List];
}
