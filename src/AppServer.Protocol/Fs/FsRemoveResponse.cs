namespace AppServer.Protocol.Fs;

/// <summary>Empty result of <c>fs/remove</c>.</summary>
public sealed class FsRemoveResponse;
