using AppServer.Core.Accounts;
using AppServer.Host.Dispatch;
using AppServer.Host.Handlers;
using AppServer.Protocol.WindowsSandbox;

namespace AppServer.Tests.Accounts;

/// <summary>Wording of the cloud-only refusals and the login-id check, as the reference words them.</summary>
public sealed class CloudAccountGateTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "cloudgate-" + Guid.NewGuid().ToString("N"));

    public CloudAccountGateTests() => Directory.CreateDirectory(_home);

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact]
    public void Signed_out_it_asks_for_a_codex_account_and_with_an_api_key_for_chatgpt()
    {
        var auth = new AuthStore(_home);
        var gate = new CloudAccountGate(auth);
        gate.AuthenticationRequired("to read rate limits").Should().Be("codex account authentication required to read rate limits");

        auth.SaveApiKey("sk-test");
        gate.AuthenticationRequired("to read rate limits").Should().Be("chatgpt authentication required to read rate limits");

        auth.Logout();
        gate.AuthenticationRequired("for rate limit reset credits").Should().Be("codex account authentication required for rate limit reset credits");
    }

    [Theory]
    [InlineData("0199a1c0-0000-7000-8000-000000000000", true)]
    [InlineData("0199A1C0000070008000000000000000", true)]
    [InlineData("urn:uuid:0199a1c0-0000-7000-8000-000000000000", true)]
    [InlineData("{0199a1c0-0000-7000-8000-000000000000}", true)]
    [InlineData("abc", false)]
    [InlineData("", false)]
    [InlineData("0199a1c0-0000-7000-8000-00000000000", false)]
    public void Login_ids_are_uuids(string loginId, bool valid) => CloudAccountGate.IsLoginId(loginId).Should().Be(valid);

    [Theory]
    [InlineData(WindowsSandboxSetupMode.Elevated, "elevated Windows sandbox setup is only supported on Windows")]
    [InlineData(WindowsSandboxSetupMode.Unelevated, "legacy Windows sandbox setup is only supported on Windows")]
    public void Windows_sandbox_setup_explains_it_needs_windows(WindowsSandboxSetupMode mode, string message) =>
        WindowsSandboxHandlers.UnsupportedMessage(mode).Should().Be(message);

    [Fact]
    public void Variant_lists_use_serde_wording()
    {
        ParamsReader.ExpectedVariants(["credits"]).Should().Be("expected `credits`");
        ParamsReader.ExpectedVariants(["credits", "usage_limit"]).Should().Be("expected `credits` or `usage_limit`");
        ParamsReader.ExpectedVariants(["a", "b", "c"]).Should().Be("expected one of `a`, `b`, `c`");
    }
}
