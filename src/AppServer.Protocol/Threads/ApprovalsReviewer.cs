using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Who reviews approval requests.</summary>
public enum ApprovalsReviewer
{
    /// <summary><c>user</c>.</summary>
    [JsonStringEnumMemberName("user")]
    User,

    /// <summary><c>auto_review</c>.</summary>
    [JsonStringEnumMemberName("auto_review")]
    AutoReview,

    /// <summary><c>guardian_subagent</c>.</summary>
    [JsonStringEnumMemberName("guardian_subagent")]
    GuardianSubagent,
}
