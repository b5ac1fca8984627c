using AppServer.Agent.Approvals;
using AppServer.Agent.Turns;
using AppServer.Core.Threads.Settings;

namespace AppServer.Tests.Tools;

/// <summary>The permissions block tells the model which granular categories still prompt (the reference's wording).</summary>
public sealed class GranularPromptTests
{
    [Fact]
    public void Granular_policy_lists_prompting_and_rejected_categories()
    {
        var settings = new TurnSettings
        {
            Model = "gpt-5.5", ModelProvider = "mock", Cwd = "/work", SandboxMode = SandboxModes.Parse("workspace-write"),
            ApprovalPolicy = ApprovalPolicy.Parse("granular", new GranularApproval(SandboxApproval: false, Rules: true, SkillApproval: false, RequestPermissions: false, McpElicitations: true)),
        };
        PromptText.Permissions(settings).Should().Contain(
            "# Approval Requests\n\nApproval policy is `granular`. Categories set to `false` are automatically rejected instead of prompting the user.\n\n"
            + "These approval categories may still prompt the user when needed:\n- `rules`\n- `mcp_elicitations`\n\n"
            + "These approval categories are automatically rejected instead of prompting the user:\n- `sandbox_approval`\n- `skill_approval`");
    }
}
