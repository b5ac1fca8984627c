namespace AppServer.Host.Transport;

/// <summary>The process's real stdin/stdout, captured before anything can write stray text to stdout.</summary>
internal sealed record StdioStreams(Stream Input, Stream Output);
