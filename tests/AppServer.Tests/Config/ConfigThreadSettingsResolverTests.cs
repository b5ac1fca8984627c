using AppServer.Config;
using AppServer.Core.Threads;
using AppServer.Core.Threads.Settings;

namespace AppServer.Tests.Config;

public sealed class ConfigThreadSettingsResolverTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "resolver-tests-" + Guid.NewGuid().ToString("N"));

    public ConfigThreadSettingsResolverTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "etc"));
        Directory.CreateDirectory(Path.Combine(_root, "home"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ConfigThreadSettingsResolver Resolver() => new(new ConfigService(new ConfigPaths(Path.Combine(_root, "etc"), Path.Combine(_root, "home")), defaultCwd: _root));

    [Fact]
    public void Config_values_fill_what_the_request_leaves_out()
    {
        File.WriteAllText(Path.Combine(_root, "home", "config.toml"), "model = \"gpt-5.5\"\nmodel_reasoning_effort = \"high\"\nsandbox_mode = \"workspace-write\"\ndeveloper_instructions = \"be brief\"\n");
        var settings = Resolver().Resolve(new ThreadSettingsOverrides { ApprovalPolicy = ApprovalPolicy.FromWireJson("\"never\"") }, null, _root).Settings;
        settings.Model.Should().Be("gpt-5.5");
        settings.ReasoningEffort.Should().Be("high");
        settings.SandboxMode.Name().Should().Be("workspace-write");
        settings.ApprovalPolicy.ToWireJson().Should().Be("\"never\"");
        settings.DeveloperInstructions.Should().Be("be brief");
    }

    [Fact]
    public void Thread_config_overrides_apply_as_session_flags()
    {
        var settings = Resolver().Resolve(new ThreadSettingsOverrides { ConfigOverridesJson = "{\"model\":\"gpt-5.5\",\"sandbox_mode\":\"danger-full-access\"}" }, null, _root).Settings;
        settings.Model.Should().Be("gpt-5.5");
        settings.SandboxMode.Name().Should().Be("danger-full-access");
    }

    [Fact]
    public void Requested_values_outside_the_requirements_are_clamped_with_warnings()
    {
        File.WriteAllText(Path.Combine(_root, "etc", "requirements.toml"), "allowed_approval_policies = [\"untrusted\", \"on-request\"]\nallowed_sandbox_modes = [\"read-only\", \"workspace-write\"]\n");
        var (settings, warnings) = Resolver().Resolve(
            new ThreadSettingsOverrides { ApprovalPolicy = ApprovalPolicy.FromWireJson("\"never\""), SandboxMode = SandboxModes.Parse("danger-full-access") }, null, _root);
        settings.ApprovalPolicy.ToWireJson().Should().Be("\"untrusted\"");
        settings.SandboxMode.Name().Should().Be("read-only");
        warnings.Select(w => w.Summary).Should().Contain(s => s.Contains("`Never` is not in the allowed set [UnlessTrusted, OnRequest]"))
            .And.Contain(s => s.Contains("`DangerFullAccess` is not in the allowed set [ReadOnly, WorkspaceWrite]"));
    }

    [Fact]
    public void Granular_config_policy_becomes_its_wire_json()
    {
        File.WriteAllText(Path.Combine(_root, "home", "config.toml"), "[approval_policy.granular]\nsandbox_approval = true\nrules = false\nmcp_elicitations = true\n");
        var settings = Resolver().Resolve(new ThreadSettingsOverrides(), null, _root).Settings;
        settings.ApprovalPolicy.ToWireJson().Should().Be("{\"granular\":{\"sandbox_approval\":true,\"rules\":false,\"skill_approval\":false,\"request_permissions\":false,\"mcp_elicitations\":true}}");
    }
}
