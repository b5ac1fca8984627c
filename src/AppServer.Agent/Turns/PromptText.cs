using AppServer.Core.Threads.Settings;

namespace AppServer.Agent.Turns;

/// <summary>Built-in prompt text: base instructions and the permissions block.</summary>
internal static class PromptText
{
    /// <summary>Base instructions for models whose catalog entry has none of its own.</summary>
    public const string DefaultBaseInstructions =
        """
        You are a coding agent running in the Codex CLI, a terminal-based coding assistant, here served by AppServer. You and the user share one workspace; your job is to help them until their goal is handled.

        # How you work
        - Read the code before you change it, and follow the patterns the repository already uses.
        - Keep changes scoped to what was asked; do not refactor unrelated code.
        - Prefer structured tools and parsers over ad hoc text manipulation.
        - When you search for text or files, prefer `rg` and `rg --files`.
        - Use the `apply_patch` tool for manual edits when it is available.
        - Verify your work (build, run tests) when the workspace allows it, and say what you could not verify.

        # Talking to the user
        - Be concise and direct; explain what you changed and why, and point to files by path.
        - Ask a question only when the request is ambiguous in a way that matters.
        - Follow the instructions in AGENTS.md files: the deeper file wins when two conflict, and direct user or developer instructions win over AGENTS.md.
        """;

    /// <summary>The <c>&lt;permissions instructions&gt;</c> block for a sandbox mode and approval policy.</summary>
    public static string Permissions(TurnSettings settings)
    {
        var sandbox = settings.SandboxMode switch
        {
            SandboxModeKind.WorkspaceWrite => "`sandbox_mode` is `workspace-write`: The sandbox permits reading files, and editing files in `cwd` and `writable_roots`. Editing files in other directories requires approval.",
            SandboxModeKind.DangerFullAccess => "`sandbox_mode` is `danger-full-access`: No filesystem sandboxing - all commands are permitted.",
            SandboxModeKind.ExternalSandbox => "`sandbox_mode` is `external-sandbox`: The caller runs this agent inside its own sandbox.",
            _ => "`sandbox_mode` is `read-only`: The sandbox only permits reading files.",
        };
        var network = settings.NetworkAccess ? "Network access is enabled." : "Network access is restricted.";
        var approval = settings.ApprovalPolicy.Kind switch
        {
            ApprovalPolicyKind.Never => "Approval policy is currently never. Do not ask the user for approval; work around failures yourself or report them.",
            ApprovalPolicyKind.Granular => GranularApprovalText(settings.ApprovalPolicy.Granular ?? new GranularApproval()),
            ApprovalPolicyKind.Untrusted => "Approval policy is currently untrusted. Commands that are not known to be safe need the user's approval before they run.",
            _ => "Approval policy is currently on-request. Commands run in the sandbox; ask for escalated permissions (with a short justification) when a command needs to go beyond it.",
        };
        var roots = settings.SandboxMode == SandboxModeKind.WorkspaceWrite
            ? $"\nThe writable roots are {string.Join(", ", new[] { settings.Cwd }.Concat(settings.WritableRoots).Select(r => $"`{r}`"))}."
            : "";
        return $"<permissions instructions>\nFilesystem sandboxing defines which files can be read or written. {sandbox} {network}\n{approval}{roots}\n</permissions instructions>";
    }

    /// <summary>
    /// The reference's granular section: which categories may still prompt and which are rejected
    /// (<c>request_permissions</c> is not listed: this server has no permission-request tool).
    /// </summary>
    private static string GranularApprovalText(GranularApproval granular)
    {
        (string Name, bool Enabled)[] categories =
        [
            ("sandbox_approval", granular.SandboxApproval), ("rules", granular.Rules), ("skill_approval", granular.SkillApproval), ("mcp_elicitations", granular.McpElicitations),
        ];
        var text = new System.Text.StringBuilder("# Approval Requests\n\nApproval policy is `granular`. Categories set to `false` are automatically rejected instead of prompting the user.");
        void List(string heading, bool enabled)
        {
            var names = categories.Where(c => c.Enabled == enabled).Select(c => $"- `{c.Name}`").ToList();
            if (names.Count > 0)
            {
                text.Append("\n\n").Append(heading).Append('\n').Append(string.Join('\n', names));
            }
        }

        List("These approval categories may still prompt the user when needed:", enabled: true);
        List("These approval categories are automatically rejected instead of prompting the user:", enabled: false);
        return text.ToString();
    }
}
