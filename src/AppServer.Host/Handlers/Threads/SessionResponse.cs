using System.Text.Json;
using AppServer.Core.Threads;
using AppServer.Protocol.Serialization;
using AppServer.Protocol.Threads;
using Thread = AppServer.Protocol.Threads.Thread;

namespace AppServer.Host.Handlers.Threads;

/// <summary>Builds the start/resume/fork responses: the thread plus its effective settings in wire form.</summary>
internal static class SessionResponse
{
    public static T Create<T>(Thread thread, ThreadSettings s) where T : ThreadSessionResponse
    {
        var approval = JsonSerializer.Deserialize<AskForApproval>(s.ApprovalPolicyJson, ProtocolJson.Options)!;
        var reviewer = s.ApprovalsReviewer switch
        {
            "auto_review" => ApprovalsReviewer.AutoReview,
            "guardian_subagent" => ApprovalsReviewer.GuardianSubagent,
            _ => ApprovalsReviewer.User,
        };
        SandboxPolicy sandbox = s.SandboxMode switch
        {
            "danger-full-access" => new DangerFullAccessSandboxPolicy(),
            "workspace-write" => new WorkspaceWriteSandboxPolicy(),
            _ => new ReadOnlySandboxPolicy(),
        };
        ThreadSessionResponse response = typeof(T) == typeof(ThreadStartResponse)
            ? new ThreadStartResponse { Thread = thread, Model = s.Model, ModelProvider = s.ModelProvider, ServiceTier = s.ServiceTier, Cwd = s.Cwd, ApprovalPolicy = approval, ApprovalsReviewer = reviewer, Sandbox = sandbox, ReasoningEffort = s.ReasoningEffort }
            : typeof(T) == typeof(ThreadResumeResponse)
                ? new ThreadResumeResponse { Thread = thread, Model = s.Model, ModelProvider = s.ModelProvider, ServiceTier = s.ServiceTier, Cwd = s.Cwd, ApprovalPolicy = approval, ApprovalsReviewer = reviewer, Sandbox = sandbox, ReasoningEffort = s.ReasoningEffort }
                : new ThreadForkResponse { Thread = thread, Model = s.Model, ModelProvider = s.ModelProvider, ServiceTier = s.ServiceTier, Cwd = s.Cwd, ApprovalPolicy = approval, ApprovalsReviewer = reviewer, Sandbox = sandbox, ReasoningEffort = s.ReasoningEffort };
        return (T)response;
    }
}
