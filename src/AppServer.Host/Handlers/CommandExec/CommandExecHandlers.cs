using AppServer.Agent.Exec;
using AppServer.Host.Dispatch;
using AppServer.Protocol.CommandExec;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Methods;
using AppServer.Sandbox.Policies;
using AppServer.Sandbox.Processes;
using Wire = AppServer.Protocol.Sandbox;

namespace AppServer.Host.Handlers;

/// <summary>
/// <c>command/exec</c> and its follow-ups: validates the options as the reference does, then hands the
/// command to <see cref="CommandExecService"/>. Streamed output goes out as notifications before the response.
/// </summary>
internal sealed class CommandExecHandlers(CommandExecService service) : IMethodHandlers
{
    public void Register(HandlerMap map)
    {
        map.Add<CommandExecParams, CommandExecResponse>(CommandExecMethods.Exec, ExecAsync);
        map.Add<CommandExecWriteParams, CommandExecWriteResponse>(CommandExecMethods.Write, WriteAsync);
        map.Add<CommandExecTerminateParams, CommandExecTerminateResponse>(CommandExecMethods.Terminate, Terminate);
        map.Add<CommandExecResizeParams, CommandExecResizeResponse>(CommandExecMethods.Resize, Resize);
    }

    private async Task<CommandExecResponse> ExecAsync(CommandExecParams request, RequestContext context)
    {
        var core = ToCoreRequest(request);
        var client = context.Client;
        Action<ExecOutputChunk>? onOutput = core.StreamOutput
            ? chunk => client.Notify(CommandExecMethods.OutputDelta, new CommandExecOutputDeltaNotification
            {
                ProcessId = chunk.ProcessId,
                Stream = chunk.Stream == OutputStreamKind.Stdout ? CommandExecOutputStream.Stdout : CommandExecOutputStream.Stderr,
                DeltaBase64 = Convert.ToBase64String(chunk.Data.Span),
                CapReached = chunk.CapReached,
            })
            : null;

        // Every delta was queued by the time RunAsync returns, so the response follows them.
        var result = await service.RunAsync(client.ConnectionId, core, onOutput, client.Closed).ConfigureAwait(false);
        return new CommandExecResponse { ExitCode = result.ExitCode, Stdout = result.Stdout, Stderr = result.Stderr };
    }

    private async Task<CommandExecWriteResponse> WriteAsync(CommandExecWriteParams request, RequestContext context)
    {
        if (request.DeltaBase64 is null && !request.CloseStdin)
        {
            throw new RpcException(ErrorCodes.InvalidParams, "command/exec/write requires deltaBase64 or closeStdin");
        }

        var session = service.Get(context.Client.ConnectionId, request.ProcessId);
        byte[] data;
        try
        {
            data = request.DeltaBase64 is null ? [] : Convert.FromBase64String(request.DeltaBase64);
        }
        catch (FormatException ex)
        {
            throw new InvalidRequestException($"invalid deltaBase64: {ex.Message}");
        }

        await session.WriteAsync(data, request.CloseStdin, context.Cancellation).ConfigureAwait(false);
        return new CommandExecWriteResponse();
    }

    private Task<CommandExecTerminateResponse> Terminate(CommandExecTerminateParams request, RequestContext context)
    {
        service.Get(context.Client.ConnectionId, request.ProcessId).Terminate();
        return Task.FromResult(new CommandExecTerminateResponse());
    }

    private Task<CommandExecResizeResponse> Resize(CommandExecResizeParams request, RequestContext context)
    {
        service.Get(context.Client.ConnectionId, request.ProcessId).Resize(new TerminalSize(request.Size.Rows, request.Size.Cols));
        return Task.FromResult(new CommandExecResizeResponse());
    }

    /// <summary>The reference's validation, in its order, then the translation to core terms.</summary>
    internal static CommandExecRequest ToCoreRequest(CommandExecParams request)
    {
        if (request.Command.Count == 0)
        {
            throw new InvalidRequestException("command must not be empty");
        }

        if (request.Size is not null && !request.Tty)
        {
            throw new RpcException(ErrorCodes.InvalidParams, "command/exec size requires tty: true");
        }

        if (request.TimeoutMs is not null && request.DisableTimeout)
        {
            throw new RpcException(ErrorCodes.InvalidParams, "command/exec cannot set both timeoutMs and disableTimeout");
        }

        if (request.TimeoutMs is < 0)
        {
            throw new RpcException(ErrorCodes.InvalidParams, $"command/exec timeoutMs must be non-negative, got {request.TimeoutMs}");
        }

        if (request.OutputBytesCap is not null && request.DisableOutputCap)
        {
            throw new RpcException(ErrorCodes.InvalidParams, "command/exec cannot set both outputBytesCap and disableOutputCap");
        }

        if (request.PermissionProfile is not null && request.SandboxPolicy is not null)
        {
            throw new InvalidRequestException("`permissionProfile` cannot be combined with `sandboxPolicy`");
        }

        var streaming = request.Tty || request.StreamStdin || request.StreamStdoutStderr;
        if (streaming && request.ProcessId is null)
        {
            throw new InvalidRequestException("command/exec tty or streaming requires a client-supplied processId");
        }

        return new CommandExecRequest
        {
            Command = request.Command,
            Cwd = request.Cwd is null ? Environment.CurrentDirectory : Path.GetFullPath(request.Cwd, Environment.CurrentDirectory),
            EnvironmentOverrides = request.Env,
            Policy = request.SandboxPolicy is null ? null : ToCorePolicy(request.SandboxPolicy),
            PermissionProfile = request.PermissionProfile,
            ProcessId = request.ProcessId,
            Terminal = request.Tty ? request.Size is { } size ? new TerminalSize(size.Rows, size.Cols) : TerminalSize.Default : null,
            StreamStdin = request.Tty || request.StreamStdin,
            StreamOutput = request.Tty || request.StreamStdoutStderr,
            Timeout = request.DisableTimeout ? null
                : request.TimeoutMs is { } ms ? TimeSpan.FromMilliseconds(ms) : CommandExecRequest.DefaultTimeout,
            OutputCap = request.DisableOutputCap ? null
                : request.OutputBytesCap is { } cap ? (long)Math.Min(cap, long.MaxValue) : CommandExecRequest.DefaultOutputCap,
        };
    }

    /// <summary>The wire policy in core terms.</summary>
    internal static SandboxPolicy ToCorePolicy(Wire.SandboxPolicy policy) => policy switch
    {
        Wire.DangerFullAccessSandboxPolicy => new DangerFullAccessPolicy(),
        Wire.ReadOnlySandboxPolicy readOnly => new ReadOnlyPolicy(readOnly.NetworkAccess),
        Wire.WorkspaceWriteSandboxPolicy workspace => new WorkspaceWritePolicy(
            workspace.WritableRoots.Select(r => r.Value).ToList(), workspace.NetworkAccess, workspace.ExcludeTmpdirEnvVar, workspace.ExcludeSlashTmp),
        Wire.ExternalSandboxSandboxPolicy external => new ExternalSandboxPolicy(external.NetworkAccess == Wire.NetworkAccess.Enabled),
        _ => throw new InvalidRequestException($"unsupported sandbox policy `{policy.Type}`"),
    };
}
