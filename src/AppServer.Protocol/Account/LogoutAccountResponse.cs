namespace AppServer.Protocol.Account;

/// <summary>Result of <c>account/logout</c>: <c>{}</c>.</summary>
public sealed class LogoutAccountResponse
{
}
