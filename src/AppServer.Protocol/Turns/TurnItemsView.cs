using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary>How much of <c>items</c> a turn payload carries.</summary>
public enum TurnItemsView
{
    /// <summary><c>notLoaded</c>.</summary>
    [JsonStringEnumMemberName("notLoaded")]
    NotLoaded,

    /// <summary><c>summary</c>.</summary>
    [JsonStringEnumMemberName("summary")]
    Summary,

    /// <summary><c>full</c>.</summary>
    [JsonStringEnumMemberName("full")]
    Full,
}
