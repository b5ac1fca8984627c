namespace AppServer.Core.Threads;

/// <summary>
/// The seam between threads and configuration: turns a request's overrides (and, on resume or fork, the
/// settings the thread had) into effective settings. The config layer provides the real implementation;
/// <see cref="DefaultThreadSettingsResolver"/> applies the reference's built-in defaults.
/// </summary>
public interface IThreadSettingsResolver
{
    /// <param name="overrides">What the request asked for.</param>
    /// <param name="previous">The thread's stored settings when resuming or forking, else null.</param>
    /// <param name="serverCwd">The server's working directory (default cwd).</param>
    ResolvedThreadSettings Resolve(ThreadSettingsOverrides overrides, ThreadSettings? previous, string serverCwd);
}
