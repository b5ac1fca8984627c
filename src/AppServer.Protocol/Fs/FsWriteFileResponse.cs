namespace AppServer.Protocol.Fs;

/// <summary>Empty result of <c>fs/writeFile</c>.</summary>
public sealed class FsWriteFileResponse;
