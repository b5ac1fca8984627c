using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Result of <c>account/gatewayOAuth/cancel</c> (empty).</summary>
public sealed class GatewayOAuthCancelResponse
{
}
