using System.Runtime.InteropServices;

namespace AppServer.Sandbox.Processes;

/// <summary>The OS refused to start the process; the message reads like the reference's (<c>... (os error 2)</c>).</summary>
public sealed class SpawnException(string message) : Exception(message)
{
    /// <summary>An exception for an errno value.</summary>
    public static SpawnException FromErrno(int errno)
        => new($"failed to spawn command: {Marshal.GetPInvokeErrorMessage(errno)} (os error {errno})");
}
