using System.Text.Json;
using AppServer.Host.Dispatch;
using AppServer.Host.Handlers;
using AppServer.Protocol.CommandExec;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Fs;
using AppServer.Sandbox.Policies;

namespace AppServer.Tests.Sandbox;

public sealed class CommandExecValidationTests
{
    private static CommandExecParams Parse(string json) => (CommandExecParams)ParamsReader.Read(JsonDocument.Parse(json).RootElement, typeof(CommandExecParams));

    [Theory]
    [InlineData("""{"command":[]}""", -32600, "command must not be empty")]
    [InlineData("""{"command":["true"],"size":{"rows":1,"cols":2}}""", -32602, "command/exec size requires tty: true")]
    [InlineData("""{"command":["true"],"timeoutMs":5,"disableTimeout":true}""", -32602, "command/exec cannot set both timeoutMs and disableTimeout")]
    [InlineData("""{"command":["true"],"outputBytesCap":5,"disableOutputCap":true}""", -32602, "command/exec cannot set both outputBytesCap and disableOutputCap")]
    [InlineData("""{"command":["true"],"timeoutMs":-5}""", -32602, "command/exec timeoutMs must be non-negative, got -5")]
    [InlineData("""{"command":["true"],"permissionProfile":":workspace","sandboxPolicy":{"type":"readOnly"}}""", -32600, "`permissionProfile` cannot be combined with `sandboxPolicy`")]
    [InlineData("""{"command":["true"],"tty":true}""", -32600, "command/exec tty or streaming requires a client-supplied processId")]
    [InlineData("""{"command":["true"],"streamStdin":true}""", -32600, "command/exec tty or streaming requires a client-supplied processId")]
    [InlineData("""{"command":["true"],"streamStdoutStderr":true}""", -32600, "command/exec tty or streaming requires a client-supplied processId")]
    public void Invalid_options_are_rejected_with_the_reference_messages(string json, int code, string message)
    {
        var act = () => CommandExecHandlers.ToCoreRequest(Parse(json));
        var error = act.Should().Throw<RpcException>().Which;
        error.Code.Should().Be(code);
        error.Message.Should().Be(message);
    }

    [Fact]
    public void Defaults_are_ten_seconds_and_one_mebibyte_and_tty_implies_streaming()
    {
        var plain = CommandExecHandlers.ToCoreRequest(Parse("""{"command":["true"]}"""));
        plain.Timeout.Should().Be(TimeSpan.FromSeconds(10));
        plain.OutputCap.Should().Be(1024 * 1024);
        plain.Cwd.Should().Be(Environment.CurrentDirectory);
        plain.Policy.Should().BeNull();

        var tty = CommandExecHandlers.ToCoreRequest(Parse("""{"command":["sh"],"processId":"p","tty":true,"size":{"rows":5,"cols":7},"disableTimeout":true,"disableOutputCap":true}"""));
        tty.StreamStdin.Should().BeTrue();
        tty.StreamOutput.Should().BeTrue();
        tty.Terminal!.Value.Rows.Should().Be(5);
        tty.Timeout.Should().BeNull();
        tty.OutputCap.Should().BeNull();
    }

    [Fact]
    public void Wire_policies_translate_to_core_policies()
    {
        var request = CommandExecHandlers.ToCoreRequest(Parse(
            """{"command":["true"],"sandboxPolicy":{"writableRoots":["/data/x/../y"],"type":"workspaceWrite","networkAccess":true,"excludeSlashTmp":true}}"""));
        var policy = request.Policy.Should().BeOfType<WorkspaceWritePolicy>().Which;
        policy.WritableRoots.Should().Equal("/data/y");
        policy.NetworkAccess.Should().BeTrue();
        policy.ExcludeSlashTmp.Should().BeTrue();
        policy.ExcludeTmpdirEnvVar.Should().BeFalse();

        CommandExecHandlers.ToCoreRequest(Parse("""{"command":["true"],"sandboxPolicy":{"type":"externalSandbox"}}""")).Policy
            .Should().Be(new ExternalSandboxPolicy(false));
        CommandExecHandlers.ToCoreRequest(Parse("""{"command":["true"],"sandboxPolicy":{"type":"readOnly"}}""")).Policy
            .Should().Be(new ReadOnlyPolicy(false));
    }

    [Fact]
    public void Unknown_policy_type_is_a_serde_style_error()
    {
        var act = () => Parse("""{"command":["true"],"sandboxPolicy":{"type":"bogus"}}""");
        act.Should().Throw<InvalidRequestException>()
            .WithMessage("Invalid request: unknown variant `bogus`, expected one of `dangerFullAccess`, `readOnly`, `externalSandbox`, `workspaceWrite`");
    }

    [Fact]
    public void Relative_fs_paths_are_rejected_with_the_reference_message()
    {
        var act = () => ParamsReader.Read(JsonDocument.Parse("""{"path":"a/b"}""").RootElement, typeof(FsReadFileParams));
        act.Should().Throw<InvalidRequestException>().WithMessage("Invalid request: AbsolutePathBuf deserialized without a base path");
        var number = () => ParamsReader.Read(JsonDocument.Parse("""{"path":5}""").RootElement, typeof(FsReadFileParams));
        number.Should().Throw<InvalidRequestException>().WithMessage("Invalid request: invalid type: integer `5`, expected path string");
    }
}
