using AppServer.Agent.Approvals;
using AppServer.Agent.ExecPolicy;
using AppServer.Core.Threads.Settings;

namespace AppServer.Tests.Tools;

public class ApprovalEngineTests
{
    private static readonly SandboxScope Workspace = new(SandboxScopeKind.WorkspaceWrite, ["/work/p", "/tmp"]);
    private static readonly SandboxScope FullAccess = new(SandboxScopeKind.DangerFullAccess, []);
    private static readonly ExecPolicy Rules = Parse("""
        prefix_rule(pattern=["rm"], decision="forbidden", justification="Never use rm here")
        prefix_rule(pattern=["echo"], decision="prompt", justification="echo is loud")
        prefix_rule(pattern=["make"], decision="allow")
        """);

    private static ExecPolicy Parse(string text)
    {
        var b = new ExecPolicyBuilder();
        RulesParser.Parse(text, "t.rules", b);
        return b.Build();
    }

    private static ApprovalOutcome Decide(string policy, string script, bool escalate = false, SandboxScope? sandbox = null, GranularApproval? granular = null, IReadOnlyList<string>? prefixRule = null, bool trustSafe = false) =>
        new ApprovalEngine(trustSafe).DecideCommand(new CommandApprovalRequest(
            ["/bin/bash", "-lc", script], ApprovalPolicy.Parse(policy, granular), sandbox ?? Workspace, Rules, escalate, escalate ? "need it" : null, prefixRule));

    [Theory]
    // untrusted: every unmatched command asks (the 0.169.0 behaviour, even `ls`)
    [InlineData("untrusted", "ls", false, "ask")]
    [InlineData("untrusted", "touch x", false, "ask")]
    [InlineData("untrusted", "touch x", true, "ask")]
    [InlineData("untrusted", "make all", false, "run-unsandboxed")]
    [InlineData("untrusted", "rm -f nothing", false, "reject")]
    [InlineData("untrusted", "echo hi", false, "ask-rule")]
    // on-request: sandboxed unless escalation is requested
    [InlineData("on-request", "ls", false, "run")]
    [InlineData("on-request", "touch x", false, "run")]
    [InlineData("on-request", "touch x", true, "ask")]
    [InlineData("on-request", "make all", false, "run-unsandboxed")]
    [InlineData("on-request", "rm -f nothing", false, "reject")]
    [InlineData("on-request", "echo hi", false, "ask-rule")]
    // never: the sandbox protects; escalation is refused
    [InlineData("never", "ls", false, "run")]
    [InlineData("never", "touch x", false, "run")]
    [InlineData("never", "touch x", true, "reject")]
    [InlineData("never", "make all", false, "run-unsandboxed")]
    [InlineData("never", "rm -f nothing", false, "reject")]
    [InlineData("never", "echo hi", false, "reject")]
    // on-failure (deprecated config value): an alias of on-request, like the reference
    [InlineData("on-failure", "touch x", false, "run")]
    [InlineData("on-failure", "touch x", true, "ask")]
    // granular with all switches on behaves like on-request
    [InlineData("granular", "touch x", false, "run")]
    [InlineData("granular", "touch x", true, "ask")]
    [InlineData("granular", "echo hi", false, "ask-rule")]
    // mixed scripts: strictest wins
    [InlineData("on-request", "make && rm x", false, "reject")]
    [InlineData("on-request", "make && echo x", false, "ask-rule")]
    [InlineData("on-request", "make && touch x", false, "run")]
    public void Policy_by_command_matrix(string policy, string script, bool escalate, string expected)
    {
        var outcome = Decide(policy, script, escalate);
        Describe(outcome).Should().Be(expected);
    }

    private static string Describe(ApprovalOutcome o) => o switch
    {
        RunOutcome { BypassSandbox: true } => "run-unsandboxed",
        RunOutcome => "run",
        AskOutcome { FromRule: true } => "ask-rule",
        AskOutcome => "ask",
        RejectOutcome => "reject",
        _ => "?",
    };

    [Fact]
    public void Forbidden_rule_text_matches_the_reference()
    {
        Decide("on-request", "rm -f nothing").Should().Be(new RejectOutcome("`/bin/bash -lc 'rm -f nothing'` rejected: Never use rm here"));
    }

    [Fact]
    public void Prompt_rule_reason_and_no_amendment()
    {
        var ask = Decide("on-request", "echo hi").Should().BeOfType<AskOutcome>().Subject;
        ask.Reason.Should().Be("`/bin/bash -lc 'echo hi'` requires approval: echo is loud");
        ask.ProposedAmendment.Should().BeNull();
    }

    [Fact]
    public void Escalation_carries_justification_amendment_and_bypass()
    {
        var ask = Decide("on-request", "touch /abs", escalate: true).Should().BeOfType<AskOutcome>().Subject;
        ask.Reason.Should().Be("need it");
        ask.ProposedAmendment.Should().Equal("touch", "/abs");
        ask.BypassSandboxIfApproved.Should().BeTrue();

        Decide("on-request", "touch /abs", escalate: true, prefixRule: ["touch"]).Should().BeOfType<AskOutcome>().Which.ProposedAmendment.Should().Equal("touch");
        Decide("on-request", "git push", escalate: true, prefixRule: ["git"]).Should().BeOfType<AskOutcome>().Which.ProposedAmendment.Should().Equal("git", "push");
        Decide("on-request", "echo hi > /abs", escalate: true).Should().BeOfType<AskOutcome>().Which.ProposedAmendment.Should().Equal("/bin/bash", "-lc", "echo hi > /abs");
    }

    [Fact]
    public void Escalation_under_never_has_the_reference_text()
    {
        Decide("never", "touch x", escalate: true).Should().Be(new RejectOutcome(
            "approval policy is Never; reject command — you cannot ask for escalated permissions if the approval policy is Never", Verbatim: true));
    }

    [Fact]
    public void Unrestricted_sandbox_never_asks_under_on_request()
    {
        Decide("on-request", "touch x", escalate: true, sandbox: FullAccess).Should().BeOfType<RunOutcome>();
        Decide("on-request", "sudo rm -rf build", sandbox: FullAccess).Should().BeOfType<AskOutcome>("rm -rf is dangerous whatever the sandbox");
    }

    [Fact]
    public void Granular_switches_turn_prompts_into_rejections()
    {
        var noSandbox = new GranularApproval(SandboxApproval: false, SkillApproval: false, RequestPermissions: false);
        const string name = "Granular(GranularApprovalConfig { sandbox_approval: false, rules: true, skill_approval: false, request_permissions: false, mcp_elicitations: true })";
        Decide("granular", "touch x", escalate: true, granular: noSandbox)
            .Should().Be(new RejectOutcome($"approval policy is {name}; reject command — you cannot ask for escalated permissions if the approval policy is {name}", Verbatim: true));
        Decide("granular", "sudo rm -rf build", sandbox: FullAccess, granular: noSandbox)
            .Should().Be(new RejectOutcome("approval required by policy, but AskForApproval::Granular.sandbox_approval is false"));
        Decide("granular", "echo hi", granular: new GranularApproval(Rules: false))
            .Should().Be(new RejectOutcome("approval required by policy rule, but AskForApproval::Granular.rules is false"));
        Decide("granular", "echo hi", granular: noSandbox).Should().BeOfType<AskOutcome>("rules may still ask");
        Decide("granular", "touch x", escalate: true, granular: new GranularApproval(Rules: false)).Should().BeOfType<AskOutcome>("sandbox prompts may still ask");
    }

    [Fact]
    public void Granular_policy_json_round_trips_with_schema_defaults()
    {
        var parsed = GranularApproval.FromPolicyJson("""{"granular":{"sandbox_approval":false,"rules":true,"mcp_elicitations":false}}""");
        parsed.Should().Be(new GranularApproval(SandboxApproval: false, Rules: true, SkillApproval: false, RequestPermissions: false, McpElicitations: false));
        parsed!.ToPolicyJson().Should().Be("""{"granular":{"sandbox_approval":false,"rules":true,"skill_approval":false,"request_permissions":false,"mcp_elicitations":false}}""");
        GranularApproval.FromPolicyJson("\"on-request\"").Should().BeNull();
    }

    [Fact]
    public void Known_safe_commands_can_be_trusted_under_untrusted_when_enabled()
    {
        Decide("untrusted", "ls && cat x | wc -l", trustSafe: true).Should().BeOfType<RunOutcome>();
        Decide("untrusted", "ls > x", trustSafe: true).Should().BeOfType<AskOutcome>();
        Decide("untrusted", "git status", trustSafe: true).Should().BeOfType<AskOutcome>();
    }

    [Theory]
    [InlineData("on-request", "/work/p/a.txt", "run")]
    [InlineData("on-request", "/work/p/.git/config", "ask")]
    [InlineData("on-request", "/etc/x", "ask")]
    [InlineData("untrusted", "/work/p/a.txt", "ask")]
    [InlineData("never", "/work/p/a.txt", "run")]
    [InlineData("never", "/etc/x", "reject")]
    [InlineData("granular", "/etc/x", "ask")]
    public void Patch_decisions(string policy, string path, string expected)
    {
        Describe(new ApprovalEngine().DecidePatch(ApprovalPolicy.Parse(policy), Workspace, [path])).Should().Be(expected);
    }

    [Fact]
    public void Patch_session_approval_is_per_path()
    {
        var engine = new ApprovalEngine();
        var approved = new HashSet<string> { "/etc/x" };
        engine.DecidePatch(ApprovalPolicy.Parse("untrusted"), Workspace, ["/etc/x"], approved).Should().BeOfType<RunOutcome>();
        engine.DecidePatch(ApprovalPolicy.Parse("untrusted"), Workspace, ["/etc/y"], approved).Should().BeOfType<AskOutcome>();
        engine.DecidePatch(ApprovalPolicy.Parse("never"), Workspace, ["/etc/x"]).Should().Be(
            new RejectOutcome("patch rejected: writing outside of the project; rejected by user approval settings", Verbatim: true));
    }

    [Fact]
    public void Read_only_and_full_access_scopes()
    {
        new SandboxScope(SandboxScopeKind.ReadOnly, []).CanWrite("/work/p/a").Should().BeFalse();
        FullAccess.CanWrite("/anything").Should().BeTrue();
        Workspace.CanWrite("/work/p/sub/.git/x").Should().BeTrue("only top-level protected names of a root are read-only");
        Workspace.CanWrite("/work/p/.codex/x").Should().BeFalse();
        Workspace.CanWrite("/work/pp/x").Should().BeFalse();
    }
}
