namespace AppServer.Protocol.Models;

/// <summary>No authentication.</summary>
public sealed class NoneGatewayAuth : GatewayAuth
{
}
