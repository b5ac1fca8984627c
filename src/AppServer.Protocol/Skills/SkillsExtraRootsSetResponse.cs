namespace AppServer.Protocol.Skills;

/// <summary>Result of <c>skills/extraRoots/set</c> (empty).</summary>
public sealed class SkillsExtraRootsSetResponse
{
}
