namespace AppServer.Core.Skills;

/// <summary>A folder scanned for skills, and the scope its skills get.</summary>
public sealed record SkillRoot(string Path, SkillScopeKind Scope);
