using AppServer.Sandbox.Executors;
using AppServer.Sandbox.Policies;

namespace AppServer.Tests.Sandbox;

public sealed class SeatbeltProfileTests
{
    [Fact]
    public void Read_only_profile_denies_by_default_and_allows_only_reads()
    {
        var profile = SeatbeltProfile.Build(new ReadOnlyPolicy(false), []);

        profile.Should().StartWith("(version 1)\n(deny default)\n");
        profile.Should().Contain("(allow file-read*)");
        profile.Should().NotContain("(allow file-write* ");
        profile.Should().NotContain("network-outbound");
    }

    [Fact]
    public void Workspace_profile_allows_writes_under_roots_except_protected_subpaths()
    {
        var profile = SeatbeltProfile.Build(new WorkspaceWritePolicy([], true, false, false), ["/Users/me/ws"]);

        profile.Should().Contain(
            "(allow file-write* (require-all (subpath \"/Users/me/ws\") (require-not (subpath \"/Users/me/ws/.git\")) " +
            "(require-not (subpath \"/Users/me/ws/.codex\")) (require-not (subpath \"/Users/me/ws/.agents\"))))");
        profile.Should().Contain("(allow network-outbound)");
    }

    [Fact]
    public void Paths_are_quoted_as_scheme_strings()
        => SeatbeltProfile.Quote("/a \"b\"\\c").Should().Be("\"/a \\\"b\\\"\\\\c\"");

    [Fact]
    public void Argv_runs_sandbox_exec_with_the_profile()
    {
        var request = new SandboxRequest(["ls", "-l"], "/ws", new Dictionary<string, string>(), new WorkspaceWritePolicy([], false, true, true), false);
        var argv = SeatbeltExecutor.BuildArgv(request, null, new FakeFileProbe(["/ws"]));

        argv[0].Should().Be("/usr/bin/sandbox-exec");
        argv[1].Should().Be("-p");
        argv[2].Should().Contain("(subpath \"/ws\")");
        argv.Skip(3).Should().Equal("--", "ls", "-l");
    }

    [Fact]
    public void Hidden_files_are_denied_last_and_roots_come_from_the_policy_cwd()
    {
        var request = new SandboxRequest(["ls"], "/elsewhere", new Dictionary<string, string>(), new WorkspaceWritePolicy([], false, true, true), false)
        {
            PolicyCwd = "/ws",
            HiddenFiles = ["/Users/me/.codex/auth.json"],
            ReadOnlyPaths = ["/Users/me/.codex"],
        };
        var profile = SeatbeltExecutor.BuildArgv(request, null, new FakeFileProbe(["/ws", "/elsewhere"]))[2];

        profile.Should().Contain("(subpath \"/ws\")").And.NotContain("/elsewhere");
        profile.TrimEnd().Should().EndWith(
            "(deny file-write* (subpath \"/Users/me/.codex\"))\n(deny file-read* file-write* (literal \"/Users/me/.codex/auth.json\"))");
    }
}
