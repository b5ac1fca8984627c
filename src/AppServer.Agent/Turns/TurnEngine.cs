using AppServer.Core.Threads;
using AppServer.Core.Threads.Settings;

namespace AppServer.Agent.Turns;

/// <summary>
/// Entry point of the agent loop for the handlers: finds the <see cref="ThreadConversation"/> of a loaded
/// thread's <see cref="ThreadSession"/> and applies <c>turn/start</c> overrides to the session's settings.
/// </summary>
public sealed class TurnEngine(ThreadManager threads, TurnConversationFactory conversations)
{
    /// <summary>The conversation of a loaded thread.</summary>
    /// <exception cref="TurnRequestException"><c>thread not found: &lt;id&gt;</c>.</exception>
    public ThreadConversation Conversation(string threadId) => Find(threadId).Conversation;

    /// <summary>
    /// <c>turn/start</c>: starts a turn with the overrides applied, or steers the running one (the overrides
    /// apply either way), and records the overrides on the thread for later turns. Call
    /// <see cref="TurnStart.Begin"/> once the response is sent.
    /// </summary>
    /// <exception cref="TurnRequestException"><c>thread not found: &lt;id&gt;</c>.</exception>
    public TurnStart StartTurn(string threadId, TurnInput input, TurnSettingsOverrides overrides, TurnClientIdentity identity)
    {
        var (session, conversation) = Find(threadId);
        lock (conversation.StartGate)
        {
            var start = conversation.StartOrSteer(input, settings => settings.With(overrides), identity);
            var turn = conversation.Settings;
            // The thread keeps what a thread can hold; a turn-only external sandbox leaves its mode as it was.
            threads.UpdateSettings(session, before => before with
            {
                Model = turn.Model,
                Cwd = WorkingDirectory.Parse(turn.Cwd),
                ReasoningEffort = turn.ReasoningEffort,
                ApprovalPolicy = turn.ApprovalPolicy,
                SandboxMode = turn.SandboxMode == SandboxModeKind.ExternalSandbox ? before.SandboxMode : turn.SandboxMode,
            });
            return start;
        }
    }

    /// <summary>The thread's token usage so far as <c>thread/tokenUsage/updated</c>, or null before any model response.</summary>
    public Protocol.Turns.ThreadTokenUsageUpdatedNotification? UsageNotification(string threadId)
    {
        var conversation = Conversation(threadId);
        return conversation.Usage is { } usage
            ? TokenUsageNotification.For(threadId, usage, conversations.Services.Models.For(conversation.Settings.Model).ContextWindow)
            : null;
    }

    private (ThreadSession Session, ThreadConversation Conversation) Find(string threadId)
    {
        var id = ThreadId.Parse(threadId);
        var session = threads.FindSession(id) ?? throw new TurnRequestException($"thread not found: {threadId}");
        // The thread manager gave the session a conversation from this project's factory when it loaded it.
        return (session, (ThreadConversation)session.Conversation!);
    }
}
