using System.Text.Json.Serialization;

namespace AppServer.Protocol.Goals;

/// <summary>Where a thread goal stands.</summary>
public enum ThreadGoalStatus
{
    /// <summary><c>active</c>: being worked on.</summary>
    [JsonStringEnumMemberName("active")]
    Active,

    /// <summary><c>paused</c>: set aside by the user.</summary>
    [JsonStringEnumMemberName("paused")]
    Paused,

    /// <summary><c>blocked</c>: cannot progress without help.</summary>
    [JsonStringEnumMemberName("blocked")]
    Blocked,

    /// <summary><c>usageLimited</c>: stopped by account usage limits.</summary>
    [JsonStringEnumMemberName("usageLimited")]
    UsageLimited,

    /// <summary><c>budgetLimited</c>: its token budget is used up.</summary>
    [JsonStringEnumMemberName("budgetLimited")]
    BudgetLimited,

    /// <summary><c>complete</c>: done.</summary>
    [JsonStringEnumMemberName("complete")]
    Complete,
}
