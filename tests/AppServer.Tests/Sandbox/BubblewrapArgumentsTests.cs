using AppServer.Sandbox.Executors;
using AppServer.Sandbox.Policies;

namespace AppServer.Tests.Sandbox;

public sealed class BubblewrapArgumentsTests
{
    private static readonly string[] Command = ["echo", "hi"];

    private static WorkspaceWritePolicy Workspace(bool network = false, bool excludeSlashTmp = false, bool excludeTmpdir = false, params string[] roots)
        => new(roots, network, excludeTmpdir, excludeSlashTmp);

    private static string Joined(BubblewrapArguments.Result result) => string.Join(' ', result.Arguments);

    [Fact]
    public void Read_only_binds_root_read_only_and_nothing_writable()
    {
        var result = BubblewrapArguments.Build(new ReadOnlyPolicy(false), Command, "/work", "/var/tmp/t", tty: false,
            new FakeFileProbe(["/work", "/tmp", "/var/tmp/t"]));

        result.Arguments.Should().NotContain("--bind");
        Joined(result).Should().StartWith("--new-session --die-with-parent --ro-bind / / --dev /dev");
        Joined(result).Should().Contain("--unshare-user --unshare-pid --unshare-ipc --unshare-net --proc /proc --cap-drop ALL --chdir /work -- echo hi");
        result.Arguments.TakeLast(3).Should().Equal("--", "echo", "hi");
        result.CreatedMountPoints.Should().BeEmpty();
    }

    [Fact]
    public void Workspace_write_binds_cwd_roots_tmp_and_tmpdir_parents_first()
    {
        var files = new FakeFileProbe(["/tmp", "/tmp/ws", "/data/extra", "/var/tmp/t"]);
        var result = BubblewrapArguments.Build(Workspace(roots: "/data/extra"), Command, "/tmp/ws", "/var/tmp/t", tty: false, files);

        Joined(result).Should().Contain("--bind /tmp /tmp --bind /data/extra /data/extra --bind /tmp/ws /tmp/ws --bind /var/tmp/t /var/tmp/t");
    }

    [Fact]
    public void Excluded_tmp_dirs_and_missing_roots_are_not_bound()
    {
        var files = new FakeFileProbe(["/tmp", "/ws", "/var/tmp/t"]);
        var result = BubblewrapArguments.Build(Workspace(excludeSlashTmp: true, excludeTmpdir: true, roots: "/does/not/exist"), Command, "/ws", "/var/tmp/t", false, files);

        var binds = result.Arguments.Select((a, i) => (a, i)).Where(x => x.a == "--bind").Select(x => result.Arguments[x.i + 1]).ToList();
        binds.Should().Equal("/ws");
    }

    [Fact]
    public void Protected_subpaths_are_read_only_inside_every_writable_root()
    {
        var files = new FakeFileProbe(["/ws", "/ws/.git", "/tmp", "/tmp/.codex"], files: ["/ws/.codex", "/ws/.git/config"]);
        var result = BubblewrapArguments.Build(Workspace(excludeTmpdir: true), Command, "/ws", null, false, files);
        var joined = Joined(result);

        joined.Should().Contain("--ro-bind /ws/.git /ws/.git");
        joined.Should().Contain("--ro-bind /ws/.codex /ws/.codex");
        joined.Should().Contain("--perms 555 --tmpfs /ws/.agents --remount-ro /ws/.agents");
        joined.Should().Contain("--perms 555 --tmpfs /tmp/.git --remount-ro /tmp/.git");
        // An empty directory (maybe another server's mount point, removed when its sandbox ends) gets a tmpfs
        // too, so bwrap never fails on a source that vanished; it is not ours to remove.
        joined.Should().Contain("--perms 555 --tmpfs /tmp/.codex --remount-ro /tmp/.codex");
        result.CreatedMountPoints.Should().BeEquivalentTo(["/ws/.agents", "/tmp/.git", "/tmp/.agents"]);
        // Protection comes after every writable bind, or a later bind would cover it.
        result.Arguments.ToList().LastIndexOf("--bind").Should().BeLessThan(result.Arguments.ToList().IndexOf("/ws/.git"));
    }

    [Fact]
    public void Network_access_keeps_the_network_namespace()
    {
        var result = BubblewrapArguments.Build(Workspace(network: true), Command, "/ws", null, false, new FakeFileProbe(["/ws"]));
        result.Arguments.Should().NotContain("--unshare-net");
        BubblewrapArguments.Build(new ReadOnlyPolicy(true), Command, "/ws", null, false, new FakeFileProbe(["/ws"]))
            .Arguments.Should().NotContain("--unshare-net");
    }

    [Fact]
    public void Tty_keeps_the_session_that_owns_the_terminal()
    {
        var result = BubblewrapArguments.Build(new ReadOnlyPolicy(false), Command, "/ws", null, tty: true, new FakeFileProbe(["/ws"]));
        result.Arguments.Should().NotContain("--new-session");
        result.Arguments.Should().Contain("--die-with-parent");
    }

    [Fact]
    public void Writable_roots_come_from_the_policy_cwd_not_from_where_the_command_runs()
    {
        var files = new FakeFileProbe(["/ws", "/outside", "/"]);
        foreach (var commandCwd in new[] { "/outside", "/", "/ws/link" })
        {
            var result = BubblewrapArguments.Build(Workspace(excludeSlashTmp: true, excludeTmpdir: true), Command, commandCwd, null, false, files, policyCwd: "/ws");

            var binds = result.Arguments.Select((a, i) => (a, i)).Where(x => x.a == "--bind").Select(x => result.Arguments[x.i + 1]).ToList();
            binds.Should().Equal(["/ws"], commandCwd);
            Joined(result).Should().Contain($"--chdir {commandCwd} --");
            result.CreatedMountPoints.Should().OnlyContain(p => p.StartsWith("/ws/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Hidden_files_are_covered_by_the_placeholder_after_every_writable_bind()
    {
        var files = new FakeFileProbe(["/ws", "/ws/home/dir.json"], files: ["/ws/home/auth.json", "/ws/home/db.sqlite"]);
        var hidden = (new[] { "/ws/home/auth.json", "/ws/home/db.sqlite", "/ws/home/missing.json", "/ws/home/dir.json", "relative" }, "/run/ph");
        var result = BubblewrapArguments.Build(Workspace(excludeSlashTmp: true, excludeTmpdir: true), Command, "/ws", null, false, files, "/ws", hidden);
        var joined = Joined(result);

        joined.Should().Contain("--ro-bind /run/ph /ws/home/auth.json --ro-bind /run/ph /ws/home/db.sqlite --perms 000 --tmpfs /ws/home/dir.json --remount-ro /ws/home/dir.json --ro-bind /run/ph /run/ph --unshare-user");
        joined.Should().NotContain("missing.json").And.NotContain("relative");
        result.Arguments.ToList().IndexOf("/run/ph").Should().BeGreaterThan(result.Arguments.ToList().LastIndexOf("--bind"));

        // Read-only sandboxes hide them too.
        Joined(BubblewrapArguments.Build(new ReadOnlyPolicy(false), Command, "/ws", null, false, files, null, hidden))
            .Should().Contain("--ro-bind /run/ph /ws/home/auth.json");
    }

    [Fact]
    public void Read_only_paths_are_bound_read_only_after_the_writable_roots_and_before_the_hidden_files()
    {
        var files = new FakeFileProbe(["/ws", "/ws/home"], files: ["/ws/home/auth.json"]);
        var result = BubblewrapArguments.Build(Workspace(excludeSlashTmp: true, excludeTmpdir: true), Command, "/ws", null, false, files, "/ws",
            (["/ws/home/auth.json"], "/run/ph"), ["/ws/home", "/not/there"]);

        Joined(result).Should().Contain("--bind /ws /ws").And.Contain("--ro-bind /ws/home /ws/home --ro-bind /run/ph /ws/home/auth.json");
        Joined(result).Should().NotContain("/not/there");
    }
}
