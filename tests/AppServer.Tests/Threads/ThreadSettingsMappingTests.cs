using System.Text.Json;
using AppServer.Core.Threads.Settings;
using AppServer.Host.Handlers;
using AppServer.Protocol.Serialization;
using AppServer.Protocol.Threads;
using AppServer.Protocol.Turns;

namespace AppServer.Tests.Threads;

/// <summary>Typed settings at their edges: the thread row, the wire and config/requirements names.</summary>
public sealed class ThreadSettingsMappingTests
{
    // What earlier versions wrote to settings_json (JsonSerializer over the string-typed record).
    private const string StoredGranular =
        """{"Model":"gpt-5.5","ModelProvider":"openai","ReasoningEffort":"high","ServiceTier":null,"Cwd":"/work/p","ApprovalPolicyJson":"{\u0022granular\u0022:{\u0022sandbox_approval\u0022:false,\u0022rules\u0022:true,\u0022skill_approval\u0022:false,\u0022request_permissions\u0022:false,\u0022mcp_elicitations\u0022:true}}","SandboxMode":"workspace-write","SandboxIsDefault":false,"WorkspaceWrite":{"WritableRoots":["/extra"],"NetworkAccess":true,"ExcludeTmpdirEnvVar":false,"ExcludeSlashTmp":false},"ApprovalsReviewer":"user","BaseInstructions":null,"DeveloperInstructions":"be brief","ConfigOverridesJson":null}""";

    private const string StoredSimple =
        """{"Model":"m","ModelProvider":"mock","ReasoningEffort":null,"ServiceTier":null,"Cwd":"/w","ApprovalPolicyJson":"\u0022never\u0022","SandboxMode":"danger-full-access","SandboxIsDefault":true,"WorkspaceWrite":null,"ApprovalsReviewer":"auto_review","BaseInstructions":null,"DeveloperInstructions":null,"ConfigOverridesJson":"{\u0022model\u0022:\u0022m\u0022}"}""";

    [Fact]
    public void Stored_settings_of_earlier_versions_read_typed_and_write_back_byte_for_byte()
    {
        var granular = ThreadSettingsJson.Deserialize(StoredGranular)!;
        granular.ApprovalPolicy.Should().Be(new ApprovalPolicy(ApprovalPolicyKind.Granular,
            new GranularApproval(SandboxApproval: false, Rules: true, SkillApproval: false, RequestPermissions: false, McpElicitations: true)));
        granular.SandboxMode.Should().Be(SandboxModeKind.WorkspaceWrite);
        granular.WorkspaceWrite!.WritableRoots.Should().Equal("/extra");
        ThreadSettingsJson.Serialize(granular).Should().Be(StoredGranular);

        var simple = ThreadSettingsJson.Deserialize(StoredSimple)!;
        simple.ApprovalPolicy.Kind.Should().Be(ApprovalPolicyKind.Never);
        simple.SandboxMode.Should().Be(SandboxModeKind.DangerFullAccess);
        ThreadSettingsJson.Serialize(simple).Should().Be(StoredSimple);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    public void Unreadable_stored_settings_are_null(string? json) => ThreadSettingsJson.Deserialize(json).Should().BeNull();

    [Theory]
    [InlineData("read-only", SandboxModeKind.ReadOnly)]
    [InlineData("workspace-write", SandboxModeKind.WorkspaceWrite)]
    [InlineData("danger-full-access", SandboxModeKind.DangerFullAccess)]
    [InlineData("external-sandbox", SandboxModeKind.ExternalSandbox)]
    public void Sandbox_mode_names_round_trip(string name, SandboxModeKind mode)
    {
        SandboxModes.TryParse(name, out var parsed).Should().BeTrue();
        parsed.Should().Be(mode);
        mode.Name().Should().Be(name);
    }

    [Fact]
    public void Unknown_sandbox_mode_names_are_refused_or_read_only()
    {
        SandboxModes.TryParse("workspace_write", out _).Should().BeFalse();
        SandboxModes.Parse("bogus").Should().Be(SandboxModeKind.ReadOnly);
    }

    [Theory]
    [InlineData("untrusted", ApprovalPolicyKind.Untrusted, "\"untrusted\"")]
    [InlineData("on-request", ApprovalPolicyKind.OnRequest, "\"on-request\"")]
    [InlineData("never", ApprovalPolicyKind.Never, "\"never\"")]
    [InlineData("on-failure", ApprovalPolicyKind.OnRequest, "\"on-request\"")]
    [InlineData("granular", ApprovalPolicyKind.Granular,
        "{\"granular\":{\"sandbox_approval\":true,\"rules\":true,\"skill_approval\":true,\"request_permissions\":true,\"mcp_elicitations\":true}}")]
    public void Config_approval_names_parse_to_the_policy_and_its_wire_json(string name, ApprovalPolicyKind kind, string wire)
    {
        var policy = ApprovalPolicy.Parse(name);
        policy.Kind.Should().Be(kind);
        policy.ToWireJson().Should().Be(wire);
        ApprovalPolicy.FromWireJson(wire).Should().Be(policy);
    }

    [Fact]
    public void Wire_granular_policy_maps_to_typed_switches_and_back_with_all_five()
    {
        var wire = JsonSerializer.Deserialize<AskForApproval>("""{"granular":{"sandbox_approval":false,"rules":true,"mcp_elicitations":false}}""", ProtocolJson.Options)!;
        var typed = SettingsOverrides.FromWire(wire);
        typed.Should().Be(new ApprovalPolicy(ApprovalPolicyKind.Granular, new GranularApproval(false, true, false, false, false)));
        SettingsOverrides.ToWire(typed).ToJson().Should().Be(
            """{"granular":{"sandbox_approval":false,"rules":true,"skill_approval":false,"request_permissions":false,"mcp_elicitations":false}}""");
        SettingsOverrides.ToWire(ApprovalPolicy.Parse("never")).Simple.Should().Be("never");
    }

    [Fact]
    public void Unknown_wire_approval_names_keep_the_serde_error()
    {
        var act = () => JsonSerializer.Deserialize<AskForApproval>("\"on-failure\"", ProtocolJson.Options);
        act.Should().Throw<Exception>().WithMessage("unknown variant `on-failure`, expected one of `untrusted`, `on-request`, `granular`, `never`");
    }

    [Fact]
    public void Thread_start_overrides_map_to_typed_values_with_an_absolute_cwd()
    {
        var p = JsonSerializer.Deserialize<ThreadStartParams>(
            """{"cwd":"sub","sandbox":"workspace-write","approvalPolicy":"untrusted","approvalsReviewer":"auto_review","config":{"model":"x"}}""", ProtocolJson.Options)!;
        var overrides = SettingsOverrides.From(p);
        overrides.Cwd!.Value.Should().Be(Path.GetFullPath("sub", Environment.CurrentDirectory));
        overrides.SandboxMode.Should().Be(SandboxModeKind.WorkspaceWrite);
        overrides.ApprovalPolicy!.Kind.Should().Be(ApprovalPolicyKind.Untrusted);
        overrides.ApprovalsReviewer!.Value.Name().Should().Be("auto_review");
        overrides.ConfigOverridesJson.Should().Be("""{"model":"x"}""");
        overrides.HasAny.Should().BeTrue();
        SettingsOverrides.From(JsonSerializer.Deserialize<ThreadResumeParams>("""{"threadId":"t"}""", ProtocolJson.Options)!).HasAny.Should().BeFalse();
    }

    [Fact]
    public void Turn_start_overrides_map_every_sandbox_policy()
    {
        TurnSettingsOverrides Map(string sandbox) => SettingsOverrides.From(JsonSerializer.Deserialize<TurnStartParams>(
            $$"""{"threadId":"t","input":[],"sandboxPolicy":{{sandbox}},"summary":"concise","personality":"pragmatic"}""", ProtocolJson.Options)!);

        var external = Map("""{"type":"externalSandbox","networkAccess":"enabled"}""");
        external.Sandbox.Should().BeEquivalentTo(new SandboxOverride(SandboxModeKind.ExternalSandbox, true, []));
        external.ReasoningSummary.Should().Be("concise");
        external.Personality.Should().Be("pragmatic");
        Map("""{"type":"dangerFullAccess"}""").Sandbox!.Mode.Should().Be(SandboxModeKind.DangerFullAccess);
        Map("""{"type":"readOnly","networkAccess":true}""").Sandbox.Should().BeEquivalentTo(new SandboxOverride(SandboxModeKind.ReadOnly, true, []));
        var write = Map("""{"type":"workspaceWrite","writableRoots":["/extra"],"networkAccess":false}""").Sandbox!;
        write.Mode.Should().Be(SandboxModeKind.WorkspaceWrite);
        write.WritableRoots.Should().Equal("/extra");
    }
}
