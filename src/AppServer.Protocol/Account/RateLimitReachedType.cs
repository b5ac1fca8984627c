using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Which limit stopped usage.</summary>
public enum RateLimitReachedType
{
    /// <summary><c>rate_limit_reached</c>.</summary>
    [JsonStringEnumMemberName("rate_limit_reached")]
    RateLimitReached,

    /// <summary><c>workspace_owner_credits_depleted</c>.</summary>
    [JsonStringEnumMemberName("workspace_owner_credits_depleted")]
    WorkspaceOwnerCreditsDepleted,

    /// <summary><c>workspace_member_credits_depleted</c>.</summary>
    [JsonStringEnumMemberName("workspace_member_credits_depleted")]
    WorkspaceMemberCreditsDepleted,

    /// <summary><c>workspace_owner_usage_limit_reached</c>.</summary>
    [JsonStringEnumMemberName("workspace_owner_usage_limit_reached")]
    WorkspaceOwnerUsageLimitReached,

    /// <summary><c>workspace_member_usage_limit_reached</c>.</summary>
    [JsonStringEnumMemberName("workspace_member_usage_limit_reached")]
    WorkspaceMemberUsageLimitReached,
}
