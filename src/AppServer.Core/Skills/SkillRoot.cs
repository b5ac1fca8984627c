namespace AppServer.Core.Skills;

/// <summary>A folder scanned for skills, and the scope its skills get.</summary>
public sealed record SkillRoot(string Path, SkillScopeKind Scope);

/// <summary>
/// A skills folder inside an installed, enabled plugin. Its skills are user-scoped, named
/// <c>PLUGIN:SKILL</c> and carry the plugin's id.
/// </summary>
/// <param name="Path">The skills folder inside the installed copy.</param>
/// <param name="PluginId">The plugin (<c>name@marketplace</c>).</param>
/// <param name="PluginName">The plugin's name (the skill name prefix).</param>
public sealed record PluginSkillRoot(string Path, string PluginId, string PluginName);
