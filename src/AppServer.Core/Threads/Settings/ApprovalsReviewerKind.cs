namespace AppServer.Core.Threads.Settings;

/// <summary>Who reviews approval requests for a thread.</summary>
public enum ApprovalsReviewerKind
{
    /// <summary><c>user</c>: the client asks the user (the default).</summary>
    User,

    /// <summary><c>auto_review</c>.</summary>
    AutoReview,

    /// <summary><c>guardian_subagent</c>.</summary>
    GuardianSubagent,
}

/// <summary>The config/row spelling of <see cref="ApprovalsReviewerKind"/> (<c>user</c>, <c>auto_review</c>…).</summary>
internal static class ApprovalsReviewers
{
    /// <summary>The snake_case name used by config files and the thread row.</summary>
    public static string Name(this ApprovalsReviewerKind reviewer) => reviewer switch
    {
        ApprovalsReviewerKind.AutoReview => "auto_review",
        ApprovalsReviewerKind.GuardianSubagent => "guardian_subagent",
        _ => "user",
    };

    /// <summary>Reads a name; anything unknown is <see cref="ApprovalsReviewerKind.User"/>, as the wire reports it.</summary>
    public static ApprovalsReviewerKind Parse(string? name) => name switch
    {
        "auto_review" => ApprovalsReviewerKind.AutoReview,
        "guardian_subagent" => ApprovalsReviewerKind.GuardianSubagent,
        _ => ApprovalsReviewerKind.User,
    };
}
