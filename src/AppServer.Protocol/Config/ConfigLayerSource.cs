using System.Text.Json.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>Where a config layer comes from (tagged by <c>type</c>).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SystemConfigLayerSource), "system")]
[JsonDerivedType(typeof(UserConfigLayerSource), "user")]
[JsonDerivedType(typeof(ProjectConfigLayerSource), "project")]
[JsonDerivedType(typeof(SessionFlagsConfigLayerSource), "sessionFlags")]
public abstract class ConfigLayerSource
{
}
