using AppServer.Protocol.Account;

namespace AppServer.Protocol.Methods;

/// <summary>Account: API-key login stored in <c>$CODEX_HOME/auth.json</c>.</summary>
public static class AccountMethods
{
    /// <summary><c>account/read</c>.</summary>
    public static readonly MethodDescriptor Read = MethodDescriptor.Create<GetAccountParams, GetAccountResponse>("account/read");

    /// <summary><c>account/login/start</c>.</summary>
    public static readonly MethodDescriptor LoginStart = MethodDescriptor.Create<LoginAccountParams, LoginAccountResponse>("account/login/start");

    /// <summary><c>account/logout</c>.</summary>
    public static readonly MethodDescriptor Logout = MethodDescriptor.CreateWithoutParams<LogoutAccountResponse>("account/logout");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [Read, LoginStart, Logout];
}
