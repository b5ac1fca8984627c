using System.Text.Json;
using System.Text.Json.Serialization;
using AppServer.Agent.Models;

namespace AppServer.Agent.Turns;

/// <summary>
/// A thread's token usage so far: the cumulative total, the last model response's usage and the turn it came
/// from. It is what <c>thread/tokenUsage/updated</c> reports, and it is stored so a resumed thread continues
/// its totals instead of starting again from zero.
/// </summary>
public sealed record ThreadUsage(
    [property: JsonPropertyName("turnId")] string TurnId,
    [property: JsonPropertyName("total")] TokenUsage Total,
    [property: JsonPropertyName("last")] TokenUsage Last)
{
    /// <summary>The stored form.</summary>
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>Reads the stored form; null when absent or unreadable (totals then restart from zero).</summary>
    public static ThreadUsage? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ThreadUsage>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
