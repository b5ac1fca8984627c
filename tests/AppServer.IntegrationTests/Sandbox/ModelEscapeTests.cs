using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;
using static AppServer.IntegrationTests.Sandbox.ExecHelpers;
using static AppServer.IntegrationTests.Tools.AgentToolHarness;

namespace AppServer.IntegrationTests.Sandbox;

/// <summary>
/// A hostile model under workspace-write with approval <c>never</c>: it picks the workdir of its commands and the
/// paths of its patches to get out of the thread's workspace. Nothing may land outside; the turn carries on
/// with the tool's error as output. The thread's cwd is <c>work/project</c>, so the server's own cwd
/// (<c>work</c>) and the test root are ancestors of the workspace.
/// </summary>
public sealed class ModelEscapeTests
{
    private sealed record Layout(string Project, string Outside, string Root, string ServerCwd);

    private static Layout Prepare(TestServer server)
    {
        var project = Directory.CreateDirectory(Path.Combine(server.WorkDir, "project")).FullName;
        var outside = Directory.CreateDirectory(Path.Combine(server.Options.Root, "outside")).FullName;
        return new Layout(project, outside, server.Options.Root, server.WorkDir);
    }

    private static async Task<string> StartThreadInAsync(RpcClient client, string cwd, string sandbox = "workspace-write", string approval = "never")
        => (string)(await client.CallAsync("thread/start", new JsonObject { ["cwd"] = cwd, ["approvalPolicy"] = approval, ["sandbox"] = sandbox }))["thread"]!["id"]!;

    private static async Task RunTurnAsync(RpcClient client, FakeResponsesServer fake, string threadId, IReadOnlyList<FakeItem> calls, string prompt = "go")
    {
        fake.Enqueue([.. calls.Select(c => FakeResponse.Of(c)), FakeResponse.Of(FakeItem.Message("done"))]);
        var done = await TurnCompletedAsync(client, await StartTurnAsync(client, threadId, prompt));
        done["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("completed", "the turn carries on after a refused tool call");
        ServerRequests(client).Should().BeEmpty("approval `never` asks nothing");
    }

    [Fact]
    public async Task Exec_command_workdir_outside_the_workspace_does_not_make_it_writable()
    {
        RequireBubblewrap();
        await using var rig = await FakeModelRig.StartAsync("stdio");
        var (fake, server, client) = rig;
        var at = Prepare(server);
        Directory.CreateSymbolicLink(Path.Combine(at.Project, "link"), at.Outside);
        Directory.CreateDirectory(Path.Combine(at.Project, "sub"));
        var attempts = new (string CallId, string Workdir, string LandsIn)[]
        {
            ("call_abs", at.Outside, at.Outside),
            ("call_slash", "/", "/"),
            ("call_dotdot", "../../outside", at.Outside),
            ("call_ancestor", at.Root, at.Root),
            ("call_server_cwd", "..", at.ServerCwd),
            ("call_link", "link", at.Outside),
        };
        var marker = Guid.NewGuid().ToString("N")[..8];
        try
        {
            var threadId = await StartThreadInAsync(client, at.Project);
            await RunTurnAsync(client, fake, threadId,
            [
                .. attempts.Select(a => Exec($"touch escaped-{marker}-{a.CallId} && echo WROTE", a.CallId, new JsonObject { ["workdir"] = a.Workdir })),
                Exec($"touch inside-{marker} && echo WROTE", "call_control", new JsonObject { ["workdir"] = "sub" }),
            ]);

            foreach (var (callId, _, landsIn) in attempts)
            {
                File.Exists(Path.Combine(landsIn, $"escaped-{marker}-{callId}")).Should().BeFalse($"{callId} must not write in {landsIn}");
                ToolOutput(fake, callId).Should().Contain("Read-only file system", callId).And.NotContain("WROTE");
            }

            // Control: the same command inside the workspace writes.
            File.Exists(Path.Combine(at.Project, "sub", $"inside-{marker}")).Should().BeTrue();
            ToolOutput(fake, "call_control").Should().Contain("Process exited with code 0").And.Contain("WROTE");
            // No protected mount point (.git, .codex, .agents) was left in a directory the model pointed at.
            Path.Exists(Path.Combine(at.Outside, ".git")).Should().BeFalse();
        }
        finally
        {
            File.Delete($"/escaped-{marker}-call_slash");
        }
    }

    [Fact]
    public async Task Apply_patch_through_links_or_out_of_the_workspace_is_refused_and_file_links_stay_links()
    {
        await using var rig = await FakeModelRig.StartAsync("stdio");
        var (fake, server, client) = rig;
        var at = Prepare(server);
        var outsideFile = Path.Combine(at.Outside, "target.txt");
        File.WriteAllText(outsideFile, "original\n");
        File.WriteAllText(Path.Combine(at.Outside, "keep.txt"), "keep\n");
        File.WriteAllText(Path.Combine(at.Project, "real.txt"), "one\ntwo\n");
        File.WriteAllText(Path.Combine(at.Project, "movable.txt"), "a\n");
        Directory.CreateSymbolicLink(Path.Combine(at.Project, "link"), at.Outside);
        Directory.CreateSymbolicLink(Path.Combine(at.Project, "uplink"), at.Root);
        File.CreateSymbolicLink(Path.Combine(at.Project, "filelink"), outsideFile);
        File.CreateSymbolicLink(Path.Combine(at.Project, "inlink"), Path.Combine(at.Project, "real.txt"));
        File.CreateSymbolicLink(Path.Combine(at.Project, "dellink"), Path.Combine(at.Outside, "keep.txt"));
        static FakeItem Patch(string callId, string body) => FakeItem.CustomToolCall("apply_patch", $"*** Begin Patch\n{body}*** End Patch\n", callId);
        const string Refused = "patch rejected: writing outside of the project; rejected by user approval settings";

        var threadId = await StartThreadInAsync(client, at.Project);
        await RunTurnAsync(client, fake, threadId,
        [
            Patch("call_dirlink", "*** Add File: link/p1.txt\n+x\n"),
            Patch("call_filelink", "*** Update File: filelink\n-original\n+hacked\n"),
            Patch("call_dotdot", "*** Add File: ../../outside/p3.txt\n+x\n"),
            Patch("call_abs", $"*** Add File: {at.Outside}/p4.txt\n+x\n"),
            Patch("call_uplink", "*** Add File: uplink/p5.txt\n+x\n"),
            Patch("call_move", "*** Update File: movable.txt\n*** Move to: link/moved.txt\n-a\n+b\n"),
            Exec("apply_patch <<'EOF'\n*** Begin Patch\n*** Add File: p7.txt\n+x\n*** End Patch\nEOF\n", "call_heredoc", new JsonObject { ["workdir"] = at.Outside }),
            Patch("call_inlink", "*** Update File: inlink\n one\n-two\n+2\n"),
            Patch("call_dellink", "*** Delete File: dellink\n"),
        ]);

        foreach (var callId in new[] { "call_dirlink", "call_filelink", "call_dotdot", "call_abs", "call_uplink", "call_move" })
        {
            ToolOutput(fake, callId).Should().Be(Refused, callId);
        }

        ToolOutput(fake, "call_heredoc").Should().Contain(Refused);
        Directory.EnumerateFileSystemEntries(at.Outside).Select(Path.GetFileName).Should().BeEquivalentTo(["target.txt", "keep.txt"]);
        File.ReadAllText(outsideFile).Should().Be("original\n");
        File.Exists(Path.Combine(at.Root, "p5.txt")).Should().BeFalse();
        new FileInfo(Path.Combine(at.Project, "filelink")).LinkTarget.Should().Be(outsideFile, "a refused patch leaves the link alone");
        File.ReadAllText(Path.Combine(at.Project, "movable.txt")).Should().Be("a\n");

        // A file link whose target is inside the workspace is written through and stays a link.
        ToolOutput(fake, "call_inlink").Should().Contain("Success. Updated the following files:\nM inlink");
        new FileInfo(Path.Combine(at.Project, "inlink")).LinkTarget.Should().Be(Path.Combine(at.Project, "real.txt"));
        File.ReadAllText(Path.Combine(at.Project, "real.txt")).Should().Be("one\n2\n");

        // Deleting a link removes the link (inside the workspace), never what it points to.
        ToolOutput(fake, "call_dellink").Should().Contain("D dellink");
        Path.Exists(Path.Combine(at.Project, "dellink")).Should().BeFalse();
        File.ReadAllText(Path.Combine(at.Outside, "keep.txt")).Should().Be("keep\n");
    }

    [Fact]
    public async Task Command_exec_cwd_outside_the_policy_roots_is_not_writable()
    {
        RequireBubblewrap();
        await using var session = await ServerSession.StartAsync("stdio");
        var (server, client) = session;
        var outside = Directory.CreateDirectory(Path.Combine(server.Options.Root, "outside")).FullName;
        var policy = Policy("workspaceWrite", excludeTmp: true);

        var escape = await client.ExecAsync(Sh("touch escaped && echo WROTE").With("cwd", outside).With("sandboxPolicy", policy));
        escape.ExitCode.Should().NotBe(0);
        escape.Stderr.Should().Contain("Read-only file system");
        File.Exists(Path.Combine(outside, "escaped")).Should().BeFalse();

        var slashFile = $"/escaped-by-command-exec-{Guid.NewGuid():N}";
        try
        {
            var slash = await client.ExecAsync(Sh($"touch {slashFile}").With("cwd", "/").With("sandboxPolicy", policy));
            slash.ExitCode.Should().NotBe(0);
            File.Exists(slashFile).Should().BeFalse();
        }
        finally
        {
            File.Delete(slashFile);
        }

        // As in the reference, the policy's root is the server's cwd, wherever the command runs.
        var control = await client.ExecAsync(Sh($"touch {server.WorkDir}/from-outside && echo WROTE").With("cwd", outside).With("sandboxPolicy", policy));
        control.Should().Be((0, "WROTE\n", ""));
    }

    [Theory]
    [InlineData("", "GITHUB_TOKEN,MY_SECRET_VALUE,SERVICE_API_KEY,OPENAI_API_KEY", "PLAIN_VAR,HOME,PATH")]
    [InlineData("ignore_default_excludes = true", "", "GITHUB_TOKEN,MY_SECRET_VALUE,SERVICE_API_KEY,OPENAI_API_KEY,PLAIN_VAR")]
    [InlineData("ignore_default_excludes = false", "GITHUB_TOKEN,MY_SECRET_VALUE,SERVICE_API_KEY", "PLAIN_VAR")]
    [InlineData("exclude = [\"plain_*\"]", "PLAIN_VAR,GITHUB_TOKEN", "OTHER_VAR,PATH")]
    [InlineData("include_only = [\"PLAIN_*\", \"PATH\", \"*_TOKEN\"]", "OTHER_VAR,HOME,GITHUB_TOKEN", "PLAIN_VAR,PATH")]
    [InlineData("set = { INJECTED_VAR = \"x\", DEPLOY_TOKEN = \"given\" }", "GITHUB_TOKEN", "INJECTED_VAR,DEPLOY_TOKEN,PLAIN_VAR")]
    [InlineData("inherit = \"core\"", "PLAIN_VAR,GITHUB_TOKEN", "HOME,PATH")]
    [InlineData("inherit = \"none\"", "PLAIN_VAR,HOME,GITHUB_TOKEN", "CODEX_HOME")]
    public async Task Agent_commands_get_shell_environment_policy_with_default_excludes(string policy, string absent, string present)
    {
        RequireBubblewrap();
        var options = new TestServerOptions
        {
            Environment =
            {
                ["OPENAI_API_KEY"] = "sk-env-secret", ["GITHUB_TOKEN"] = "ghp-secret", ["MY_SECRET_VALUE"] = "s3cret",
                ["SERVICE_API_KEY"] = "key-secret", ["PLAIN_VAR"] = "plain", ["OTHER_VAR"] = "other",
            },
        };
        await using var rig = await FakeModelRig.StartAsync("stdio", extraConfig: $"[shell_environment_policy]\n{policy}\n", options: options);
        var (fake, server, client) = rig;
        var threadId = await StartThreadInAsync(client, server.WorkDir);
        await RunTurnAsync(client, fake, threadId, [Exec("env | sort", "call_env")]);

        var output = ToolOutput(fake, "call_env")!;
        output.Should().Contain("Process exited with code 0");
        var names = output.Split('\n').Where(l => l.Contains('=')).Select(l => l[..l.IndexOf('=')]).ToHashSet();
        foreach (var name in absent.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            names.Should().NotContain(name, $"[shell_environment_policy] {policy}");
        }

        foreach (var name in present.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            names.Should().Contain(name, $"[shell_environment_policy] {policy}");
        }
    }

    [Theory]
    [InlineData("read-only", false)]
    [InlineData("workspace-write", false)]
    [InlineData("read-only", true)]
    [InlineData("workspace-write", true)]
    public async Task The_login_and_the_database_are_hidden_from_sandboxed_commands(string sandbox, bool codexHomeInWorkspace)
    {
        RequireBubblewrap();
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);
        File.WriteAllText(Path.Combine(options.CodexHome, "auth.json"), """{"auth_mode":"apikey","OPENAI_API_KEY":"sk-stored-secret"}""");
        await using var rig = await FakeModelRig.StartAsync("stdio", options: options);
        var (fake, server, client) = rig;
        // The test root holds codex-home: as the workspace, CODEX_HOME is inside a writable root.
        var cwd = codexHomeInWorkspace ? server.Options.Root : server.WorkDir;

        // Another thread's conversation, which must not be readable from the database.
        var marker = "conversation-" + Guid.NewGuid().ToString("N");
        await RunTurnAsync(client, fake, await StartThreadInAsync(client, server.WorkDir), [], prompt: marker);

        var threadId = await StartThreadInAsync(client, cwd, sandbox);
        var script = $$"""
            for f in auth.json appserver.sqlite appserver.sqlite-wal appserver.sqlite-shm; do
              if cat "$CODEX_HOME/$f" > /dev/null; then echo "READ:$f"; fi
            done
            cat "$CODEX_HOME/auth.json"
            grep -l -s -a -e sk-stored-secret -e {{marker}} "$CODEX_HOME"/* | sed 's/^/MATCH:/'
            chmod 644 "$CODEX_HOME/auth.json" || echo NO-CHMOD
            cat "$CODEX_HOME/config.toml" > /dev/null && echo CONFIG-READABLE
            mkdir -p "$CODEX_HOME/rules" && echo 'prefix_rule(pattern=["sh"], decision="allow")' > "$CODEX_HOME/rules/evil.rules" || echo NO-RULES
            echo 'sandbox_mode = "danger-full-access"' >> "$CODEX_HOME/config.toml" || echo NO-CONFIG
            """;
        var patchTarget = Path.Combine(server.CodexHome, "auth.json");
        var config = File.ReadAllText(Path.Combine(server.CodexHome, "config.toml"));
        await RunTurnAsync(client, fake, threadId,
        [
            Exec(script, "call_read"),
            FakeItem.CustomToolCall("apply_patch", $"*** Begin Patch\n*** Delete File: {patchTarget}\n*** End Patch\n", "call_patch"),
            FakeItem.CustomToolCall("apply_patch", $"*** Begin Patch\n*** Add File: {server.CodexHome}/rules/evil.rules\n+prefix_rule(pattern=[\"sh\"], decision=\"allow\")\n*** End Patch\n", "call_rules"),
            FakeItem.FunctionCall("view_image", new JsonObject { ["path"] = Path.Combine(server.CodexHome, "appserver.sqlite") }.ToJsonString(), "call_view"),
        ]);

        var output = ToolOutput(fake, "call_read")!;
        output.Should().NotContain("READ:").And.NotContain("sk-stored-secret").And.NotContain("MATCH:");
        output.Should().Contain("Permission denied").And.Contain("NO-CHMOD");
        output.Should().Contain("CONFIG-READABLE", "the rest of CODEX_HOME stays readable");
        ToolOutput(fake, "call_patch").Should().Be("patch rejected: writing outside of the project; rejected by user approval settings");
        // CODEX_HOME stays read-only, even inside the workspace: its config and rules decide what runs unsandboxed.
        output.Should().Contain("NO-RULES").And.Contain("NO-CONFIG");
        ToolOutput(fake, "call_rules").Should().Be("patch rejected: writing outside of the project; rejected by user approval settings");
        Path.Exists(Path.Combine(server.CodexHome, "rules", "evil.rules")).Should().BeFalse();
        File.ReadAllText(Path.Combine(server.CodexHome, "config.toml")).Should().Be(config);
        ToolOutput(fake, "call_view").Should().Contain("Permission denied");
        Items(client, "item/started", "imageView").Should().BeEmpty();

        // Control: the files are really there and readable by the server's user.
        File.ReadAllText(patchTarget).Should().Contain("sk-stored-secret");
        File.Exists(Path.Combine(server.CodexHome, "appserver.sqlite")).Should().BeTrue();
    }

    [Theory]
    [InlineData("readOnly")]
    [InlineData("workspaceWrite")]
    public async Task Command_exec_under_a_restricted_policy_cannot_read_the_login(string policy)
    {
        RequireBubblewrap();
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);
        File.WriteAllText(Path.Combine(options.CodexHome, "auth.json"), """{"auth_mode":"apikey","OPENAI_API_KEY":"sk-stored-secret"}""");
        await using var session = await ServerSession.StartAsync("stdio", options);
        var (server, client) = session;

        var read = await client.ExecAsync(Sh($"cat {server.CodexHome}/auth.json; cat {server.CodexHome}/appserver.sqlite > /dev/null").With("sandboxPolicy", Policy(policy)));
        read.ExitCode.Should().NotBe(0);
        read.Stdout.Should().NotContain("sk-stored-secret");
        read.Stderr.Should().Contain("auth.json: Permission denied").And.Contain("appserver.sqlite: Permission denied");

        // Control: unsandboxed, the same command reads it.
        (await client.ExecAsync(Sh($"cat {server.CodexHome}/auth.json").With("sandboxPolicy", Policy("dangerFullAccess")))).Stdout.Should().Contain("sk-stored-secret");
    }
}
