using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Where a plugin's files come from (tagged by <c>type</c>).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(LocalPluginSource), "local")]
[JsonDerivedType(typeof(GitPluginSource), "git")]
[JsonDerivedType(typeof(NpmPluginSource), "npm")]
[JsonDerivedType(typeof(RemotePluginSource), "remote")]
public abstract class PluginSource
{
}
