namespace AppServer.Protocol.Config;

/// <summary>Result of <c>config/mcpServer/reload</c> (empty object).</summary>
public sealed class McpServerRefreshResponse
{
}
