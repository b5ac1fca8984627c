namespace AppServer.Protocol.Fs;

/// <summary>Empty result of <c>fs/createDirectory</c>.</summary>
public sealed class FsCreateDirectoryResponse;
