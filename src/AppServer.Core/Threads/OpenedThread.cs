using AppServer.Config;

namespace AppServer.Core.Threads;

/// <summary>A thread that <c>thread/start</c>, <c>resume</c> or <c>fork</c> loaded, with the settings clamps to report.</summary>
public sealed record OpenedThread(ThreadSession Thread, IReadOnlyList<ConfigWarning> Clamps);
