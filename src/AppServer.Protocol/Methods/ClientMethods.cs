namespace AppServer.Protocol.Methods;

/// <summary>
/// The method registry: every client→server request this server understands. Each family lists its
/// methods in its own file; this class joins them. Adding a method = one entry in a family file plus
/// one handler registration.
/// </summary>
public static class ClientMethods
{
    /// <summary>Every registered method, in wire order.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } =
    [
        .. InitializeMethods.All,
        .. CommandExecMethods.All,
        .. FsMethods.All,
        .. CollaborationModeMethods.All,
        .. ThreadMethods.All,
        .. GoalMethods.All,
        .. ConfigMethods.All,
        .. ModelMethods.All,
        .. TurnMethods.All,
        .. AccountMethods.All,
        .. SkillsMethods.All,
        .. HooksMethods.All,
        .. PluginMethods.All,
        .. MarketplaceMethods.All,
        .. AppMethods.All,
        .. BedrockMethods.All,
        .. ReadStateMethods.All,
        .. FuzzyFileSearchMethods.All,
        .. WindowsSandboxMethods.All,
        .. FeedbackMethods.All,
    ];

    private static readonly Dictionary<string, MethodDescriptor> ByName = All.ToDictionary(m => m.Name, StringComparer.Ordinal);

    /// <summary>Looks up a method by its wire name.</summary>
    public static bool TryGet(string name, out MethodDescriptor descriptor) => ByName.TryGetValue(name, out descriptor!);
}
