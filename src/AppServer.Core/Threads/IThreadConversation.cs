namespace AppServer.Core.Threads;

/// <summary>
/// The model-facing side of a <see cref="ThreadSession"/> (history, turn settings, the running turn), as far as
/// Core needs to know it. The agent loop implements it; Core never references the loop.
/// </summary>
public interface IThreadConversation : IDisposable
{
    /// <summary>The running turn's id, or null when idle.</summary>
    string? ActiveTurnId { get; }

    /// <summary>Stops the running turn, if any, and completes when it has finished.</summary>
    Task InterruptAndWaitAsync();

    /// <summary>
    /// The thread's settings were replaced from outside the conversation (<c>thread/resume</c> with overrides):
    /// later turns follow them.
    /// </summary>
    void SettingsChanged(ThreadSettings settings);
}

/// <summary>Creates the conversation of a session when the thread manager loads it (registered by the agent loop).</summary>
public interface IThreadConversationFactory
{
    IThreadConversation Create(ThreadSession session);
}
