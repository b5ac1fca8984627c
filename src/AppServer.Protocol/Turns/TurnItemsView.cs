using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary>How much of <see cref="Turn.Items"/> a payload carries.</summary>
public enum TurnItemsView
{
    /// <summary>Items were not loaded; the list is empty on purpose.</summary>
    [JsonStringEnumMemberName("notLoaded")]
    NotLoaded,

    /// <summary>Only a display summary (the final agent message).</summary>
    [JsonStringEnumMemberName("summary")]
    Summary,

    /// <summary>Every stored item of the turn.</summary>
    [JsonStringEnumMemberName("full")]
    Full,
}
