namespace AppServer.Host.Hosting;

/// <summary>
/// stdout while the start-up checks are still running: the server reads and serves the first request
/// meanwhile, but nothing is written until <paramref name="gate"/> says the checks passed. When they fail
/// nothing is ever written (the server reports the problem on stderr and exits), so a client sees exactly
/// what it saw when the checks ran before serving.
/// </summary>
internal sealed class StartupGatedStream(Stream inner, Task<bool> gate) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await PassAsync().ConfigureAwait(false);
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        PassAsync().GetAwaiter().GetResult();
        inner.Write(buffer);
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await PassAsync().ConfigureAwait(false);
        await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Flush()
    {
        PassAsync().GetAwaiter().GetResult();
        inner.Flush();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private async ValueTask PassAsync()
    {
        if (!gate.IsCompletedSuccessfully || !gate.Result)
        {
            if (!await gate.ConfigureAwait(false))
            {
                throw new IOException("the server failed its start-up checks; nothing is written");
            }
        }
    }
}
