using System.Text.Json.Nodes;
using AppServer.Core.Hooks;

namespace AppServer.Tests.Hooks;

/// <summary>
/// <c>currentHash</c> must equal the reference's byte for byte (clients store it as <c>trusted_hash</c>).
/// Every expected value below was observed from codex 0.169.0's <c>hooks/list</c> for the same hook.
/// </summary>
public sealed class HookHashTests
{
    [Fact]
    public void Command_hook_with_matcher_timeout_and_status_message()
    {
        // Observed from codex 0.169.0: PreToolUse, matcher "^Bash$", command "echo pre", timeout 30, statusMessage "checking".
        HookHash.Command("pre_tool_use", "^Bash$", "echo pre", 30, isAsync: false, "checking", null)
            .Should().Be("sha256:29429a1c113d6873b2f444e72322fe870c9dc4d39e839e749ee24b0c364c9f1f");
    }

    [Fact]
    public void Command_hook_with_defaults()
    {
        // Observed from codex 0.169.0: Stop, command "echo stop", nothing else (timeout defaults to 600).
        HookHash.Command("stop", null, "echo stop", 600, isAsync: false, null, null)
            .Should().Be("sha256:236335e9e512004a0f5f42af65a07ea9059bd9a23dbb68286ed57fecf2b69ddf");
    }

    [Fact]
    public void Strings_are_escaped_like_serde_json()
    {
        // Observed from codex 0.169.0: non-ASCII and <>&' stay raw, quote and tab are escaped; async = true, timeout 5.
        HookHash.Command("stop", null, "echo é <>&' \"q\" \t tab", 5, isAsync: true, null, null)
            .Should().Be("sha256:a8b2b831ccf61350f941a8dd20557f568331bb32b794adce20be0b12769c7624");
    }

    [Fact]
    public void Additional_context_limit_and_empty_status_message_are_part_of_the_identity()
    {
        // Observed from codex 0.169.0: PreToolUse "Bash" with additionalContextLimit 100 (commandWindows set but not hashed).
        HookHash.Command("pre_tool_use", "Bash", "echo addctx", 600, isAsync: false, null, 100)
            .Should().Be("sha256:de06bd23f653760c27b47e19cee62b99157dea4a1280b09fb2f8153c19a568fc");

        // Observed from codex 0.169.0: SessionStart with statusMessage "" and additionalContextLimit 0.
        HookHash.Command("session_start", null, "echo ss", 600, isAsync: false, "", 0)
            .Should().Be("sha256:4f1c890fa7be95401b11ca0ee1d18adce2831753817915ff6de8522cb7692e22");

        // Observed from codex 0.169.0: a "*" matcher is hashed as written.
        HookHash.Command("post_tool_use", "*", "echo star", 600, isAsync: false, null, null)
            .Should().Be("sha256:768151fc3513dbc9dc8c834ba36518319e671feb6d8ec557a4d0c351f93c682c");
    }

    [Fact]
    public void Mcp_tool_hooks_hash_server_tool_input_timeout_and_status()
    {
        // Observed from codex 0.169.0: PreToolUse mcp_tool server "srv" tool "tl"; then timeout 7; then statusMessage "sm".
        HookHash.McpTool("pre_tool_use", null, "srv", "tl", [], 600, null)
            .Should().Be("sha256:1a05d19716711cecbadd8a930d489a3f04bb682878e13f8d38c656570763e525");
        HookHash.McpTool("pre_tool_use", null, "srv", "tl", [], 7, null)
            .Should().Be("sha256:a5bf9e9e0142f176686fd4650527e2e8c682235c2444dceaaf97fe825b639534");
        HookHash.McpTool("pre_tool_use", null, "srv", "tl", [], 600, "sm")
            .Should().Be("sha256:ac324a5bf83ba4e24546f406291c3b5c45dbe4e18a54d1dbfafb9980fb9c44a4");
    }

    [Fact]
    public void The_canonical_text_sorts_keys_and_leaves_out_absent_values()
    {
        var text = HookHash.Canonical(new JsonObject { ["z"] = 1, ["a"] = null, ["m"] = new JsonObject { ["y"] = "\u0001", ["b"] = 1.0 } });

        text.Should().Be("{\"m\":{\"b\":1.0,\"y\":\"\\u0001\"},\"z\":1}");
    }
}
