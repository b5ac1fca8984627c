using AppServer.Config;

namespace AppServer.Core.Threads;

/// <summary>
/// Effective thread settings plus the requested values that requirements.toml replaced: the client is
/// told about each one (<c>configWarning</c>, then a thread-scoped <c>warning</c>) rather than having
/// them changed silently.
/// </summary>
public sealed record ResolvedThreadSettings(ThreadSettings Settings, IReadOnlyList<ConfigWarning> Clamps);
