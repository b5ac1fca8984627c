using AppServer.Protocol.Errors;
using AppServer.Sandbox.Processes;

namespace AppServer.Agent.Exec;

/// <summary>A running <c>command/exec</c> process addressable by its client-supplied id.</summary>
public sealed class ExecSession(IRunningProcess process, bool stdinWritable)
{
    /// <summary>Set by <see cref="Terminate"/>.</summary>
    public bool Terminated { get; private set; }

    /// <summary>Writes stdin bytes and/or closes stdin.</summary>
    public async Task WriteAsync(ReadOnlyMemory<byte> data, bool closeStdin, CancellationToken cancellationToken)
    {
        if (!stdinWritable)
        {
            throw new InvalidRequestException("stdin streaming is not enabled for this command/exec");
        }

        try
        {
            if (!data.IsEmpty)
            {
                await process.WriteStdinAsync(data, cancellationToken).ConfigureAwait(false);
            }

            if (closeStdin)
            {
                await process.CloseStdinAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidRequestException($"failed to write stdin: {ex.Message}");
        }
    }

    /// <summary>Resizes the terminal.</summary>
    public void Resize(TerminalSize size)
    {
        if (!process.IsTty)
        {
            throw new InvalidRequestException("failed to resize PTY: process is not attached to a PTY");
        }

        process.Resize(size);
    }

    /// <summary>Kills the process tree; the pending <c>command/exec</c> answers with exit code 137.</summary>
    public void Terminate()
    {
        Terminated = true;
        process.Kill();
    }
}
