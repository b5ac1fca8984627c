namespace AppServer.Protocol.Fs;

/// <summary>Empty result of <c>fs/unwatch</c>.</summary>
public sealed class FsUnwatchResponse;
