using System.Buffers;

namespace AppServer.Host.Transport;

/// <summary>
/// One outgoing message already serialized to UTF-8, held in chunks. Small chunks come from the shared
/// pool and go back to it on <see cref="Dispose"/>; nothing is ever one big contiguous buffer unless a single
/// JSON token needed it, so a burst of large messages does not leave large pooled arrays behind.
/// </summary>
internal sealed class SerializedMessage : IDisposable
{
    private readonly List<Chunk> _chunks;
    private int _disposed;

    private SerializedMessage(List<Chunk> chunks, long length)
    {
        _chunks = chunks;
        Length = length;
    }

    /// <summary>Total bytes (without the stdio newline).</summary>
    public long Length { get; }

    /// <summary>The bytes, in order.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Segments => _chunks.Select(c => new ReadOnlyMemory<byte>(c.Array, 0, c.Written));

    /// <summary>The whole message as one array (for tests and small callers).</summary>
    public byte[] ToArray()
    {
        var result = new byte[Length];
        var offset = 0;
        foreach (var chunk in _chunks)
        {
            chunk.Array.AsSpan(0, chunk.Written).CopyTo(result.AsSpan(offset));
            offset += chunk.Written;
        }

        return result;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        foreach (var chunk in _chunks)
        {
            if (chunk.Pooled)
            {
                ArrayPool<byte>.Shared.Return(chunk.Array);
            }
        }

        _chunks.Clear();
    }

    private record struct Chunk(byte[] Array, int Written, bool Pooled);

    /// <summary>An <see cref="IBufferWriter{T}"/> that fills pooled chunks and hands them over as a message.</summary>
    internal sealed class Builder : IBufferWriter<byte>
    {
        /// <summary>Below the large-object threshold, so pooled chunks never land on the LOH.</summary>
        internal const int ChunkSize = 32 * 1024;

        private readonly List<Chunk> _chunks = [];
        private byte[]? _current;
        private bool _currentPooled;
        private int _written;
        private long _length;
        private int _nextChunkSize = 512;

        public void Advance(int count)
        {
            _written += count;
            _length += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => Ensure(sizeHint).AsMemory(_written);

        public Span<byte> GetSpan(int sizeHint = 0) => Ensure(sizeHint).AsSpan(_written);

        private byte[] Ensure(int sizeHint)
        {
            sizeHint = Math.Max(sizeHint, 1);
            if (_current is not null && _current.Length - _written >= sizeHint)
            {
                return _current;
            }

            Seal();
            // One token (a long string) may ask for several times its size at once; that buffer is not
            // pooled, so the pool never keeps it, and it is trimmed to what was written in Build().
            // Chunks start small and double: most messages are a few hundred bytes, and thousands may sit in a
            // queue at once, so each must not pin a large array (nor drain the pool into fresh allocations).
            var size = Math.Max(sizeHint, _nextChunkSize);
            _nextChunkSize = Math.Min(ChunkSize, _nextChunkSize * 2);
            _currentPooled = size <= ChunkSize;
            _current = _currentPooled ? ArrayPool<byte>.Shared.Rent(size) : new byte[size];
            _written = 0;
            return _current;
        }

        private void Seal()
        {
            if (_current is null)
            {
                return;
            }

            if (_written == 0)
            {
                if (_currentPooled)
                {
                    ArrayPool<byte>.Shared.Return(_current);
                }
            }
            else if (!_currentPooled && _written < _current.Length / 2)
            {
                _chunks.Add(new Chunk(_current.AsSpan(0, _written).ToArray(), _written, false));
            }
            else
            {
                _chunks.Add(new Chunk(_current, _written, _currentPooled));
            }

            _current = null;
        }

        public SerializedMessage Build()
        {
            Seal();
            return new SerializedMessage([.. _chunks], _length);
        }
    }
}
