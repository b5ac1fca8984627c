using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>
/// The settings fields <c>thread/start</c>, <c>thread/resume</c> and <c>thread/fork</c> share, so one mapper reads
/// them. Members are <see cref="JsonIgnoreAttribute"/>: the schema generator flattens interfaces, and the wire
/// names come from the implementing classes.
/// </summary>
public interface IThreadSettingsParams
{
    /// <summary>Model override.</summary>
    [JsonIgnore]
    string? Model { get; }

    /// <summary>Model provider id override.</summary>
    [JsonIgnore]
    string? ModelProvider { get; }

    /// <summary>Service tier override.</summary>
    [JsonIgnore]
    string? ServiceTier { get; }

    /// <summary>Working directory (relative to the server's).</summary>
    [JsonIgnore]
    string? Cwd { get; }

    /// <summary>Approval policy override.</summary>
    [JsonIgnore]
    AskForApproval? ApprovalPolicy { get; }

    /// <summary>Who reviews approvals.</summary>
    [JsonIgnore]
    ApprovalsReviewer? ApprovalsReviewer { get; }

    /// <summary>Sandbox mode override.</summary>
    [JsonIgnore]
    SandboxMode? Sandbox { get; }

    /// <summary>Dotted config keys applied as session flags.</summary>
    [JsonIgnore]
    JsonObject? Config { get; }

    /// <summary>Replaces the built-in base instructions.</summary>
    [JsonIgnore]
    string? BaseInstructions { get; }

    /// <summary>Developer instructions.</summary>
    [JsonIgnore]
    string? DeveloperInstructions { get; }
}
