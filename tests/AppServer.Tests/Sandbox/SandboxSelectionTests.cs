using AppServer.Sandbox.Executors;
using AppServer.Sandbox.Policies;

namespace AppServer.Tests.Sandbox;

public sealed class SandboxSelectionTests
{
    private static readonly Dictionary<string, string> Env = new() { ["PATH"] = "/usr/bin" };

    private sealed class MarkerExecutor : ISandboxExecutor
    {
        public string Name => "marker";

        public LaunchPlan Prepare(SandboxRequest request) => new(request.Command, request.Cwd, request.Environment);
    }

    [Fact]
    public void Full_access_and_external_sandbox_run_without_our_sandbox()
    {
        var selector = new SandboxSelector(new MarkerExecutor(), "test-os");
        selector.Select(new DangerFullAccessPolicy()).Name.Should().Be("none");
        selector.Select(new ExternalSandboxPolicy(false)).Name.Should().Be("none");
    }

    [Fact]
    public void Restricted_policies_use_the_platform_sandbox()
    {
        var selector = new SandboxSelector(new MarkerExecutor(), "test-os");
        selector.Select(new ReadOnlyPolicy(false)).Name.Should().Be("marker");
        selector.Select(new WorkspaceWritePolicy([], false, false, false)).Name.Should().Be("marker");
    }

    [Fact]
    public void Restricted_policy_without_a_sandbox_is_refused()
    {
        var selector = new SandboxSelector(null, "test-os");
        var act = () => selector.Select(new ReadOnlyPolicy(false));
        act.Should().Throw<SandboxUnavailableException>().WithMessage("*no sandbox is available on test-os*dangerFullAccess*");
    }

    [Fact]
    public void Current_platform_uses_bubblewrap_on_linux()
    {
        if (OperatingSystem.IsLinux())
        {
            new SandboxSelector().Select(new ReadOnlyPolicy(false)).Should().BeOfType<BubblewrapExecutor>();
        }
    }

    [Fact]
    public void External_sandbox_passes_its_network_setting_through()
    {
        var executor = new NoSandboxExecutor();
        executor.Prepare(new SandboxRequest(["true"], "/", Env, new ExternalSandboxPolicy(false), false))
            .Environment.Should().ContainKey(SandboxEnvironment.NetworkDisabled).WhoseValue.Should().Be("1");
        executor.Prepare(new SandboxRequest(["true"], "/", Env, new ExternalSandboxPolicy(true), false))
            .Environment.Should().NotContainKey(SandboxEnvironment.NetworkDisabled);
        executor.Prepare(new SandboxRequest(["true"], "/", Env, new DangerFullAccessPolicy(), false))
            .Environment.Should().NotContainKey(SandboxEnvironment.NetworkDisabled);
    }
}
