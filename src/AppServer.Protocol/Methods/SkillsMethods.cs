using AppServer.Protocol.Skills;

namespace AppServer.Protocol.Methods;

/// <summary>Skill discovery and enablement.</summary>
public static class SkillsMethods
{
    /// <summary><c>skills/list</c>: the skills visible from each cwd.</summary>
    public static readonly MethodDescriptor List = MethodDescriptor.Create<SkillsListParams, SkillsListResponse>("skills/list");

    /// <summary><c>skills/config/write</c>: enable or disable a skill in the user config.</summary>
    public static readonly MethodDescriptor ConfigWrite = MethodDescriptor.Create<SkillsConfigWriteParams, SkillsConfigWriteResponse>("skills/config/write");

    /// <summary><c>skills/extraRoots/set</c>: more user-scope skill folders.</summary>
    public static readonly MethodDescriptor ExtraRootsSet = MethodDescriptor.Create<SkillsExtraRootsSetParams, SkillsExtraRootsSetResponse>("skills/extraRoots/set");

    /// <summary><c>skills/changed</c> notification: the skills on disk may have changed.</summary>
    public static readonly NotificationDescriptor<SkillsChangedNotification> Changed = new("skills/changed");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [List, ConfigWrite, ExtraRootsSet];
}
