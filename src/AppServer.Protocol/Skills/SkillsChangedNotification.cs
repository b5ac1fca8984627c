namespace AppServer.Protocol.Skills;

/// <summary><c>skills/changed</c>: watched skill files changed; re-run <c>skills/list</c>.</summary>
public sealed class SkillsChangedNotification
{
}
