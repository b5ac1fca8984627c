namespace AppServer.Protocol;

/// <summary>The Codex app-server protocol release this server speaks.</summary>
public static class ProtocolVersion
{
    /// <summary>codex-cli version whose v2 protocol is the wire contract; also reported in user agents.</summary>
    public const string Codex = "0.169.0";
}
