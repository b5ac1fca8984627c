using System.Text.Json;
using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>
/// When the agent must ask before acting: <c>"untrusted"</c>, <c>"on-request"</c>, <c>"never"</c>, or
/// <c>{"granular":{…}}</c> (experimental).
/// </summary>
[SerdeExpected("string or map")]
[JsonConverter(typeof(AskForApprovalConverter))]
public sealed class AskForApproval : IExperimentalValue
{
    /// <summary>The wire names of the simple policies.</summary>
    public static readonly IReadOnlyList<string> SimpleValues = ["untrusted", "on-request", "never"];

    private AskForApproval(string? simple, JsonElement? granular)
    {
        Simple = simple;
        Granular = granular;
    }

    /// <summary>The simple policy name, or null for a granular policy.</summary>
    public string? Simple { get; }

    /// <summary>The body of a granular policy, or null.</summary>
    public JsonElement? Granular { get; }

    /// <inheritdoc />
    public string? ExperimentalDescriptor => Granular is null ? null : "askForApproval.granular";

    /// <summary>A simple policy by wire name.</summary>
    public static AskForApproval FromName(string name)
        => SimpleValues.Contains(name) ? new AskForApproval(name, null) : throw new ArgumentException($"unknown approval policy {name}", nameof(name));

    /// <summary>A granular policy.</summary>
    public static AskForApproval FromGranular(JsonElement body) => new(null, body.Clone());

    /// <summary>The policy as JSON (what the wire carries).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Serialization.ProtocolJson.Options);
}
