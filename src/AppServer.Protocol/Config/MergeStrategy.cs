using System.Text.Json.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>How a written value combines with the existing one.</summary>
public enum MergeStrategy
{
    /// <summary>Replace the value (a table loses keys absent from the new value).</summary>
    [JsonStringEnumMemberName("replace")]
    Replace,

    /// <summary>Deep-merge tables.</summary>
    [JsonStringEnumMemberName("upsert")]
    Upsert,
}
