namespace AppServer.Protocol.Fs;

/// <summary>Empty result of <c>fs/copy</c>.</summary>
public sealed class FsCopyResponse;
