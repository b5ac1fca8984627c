using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AppServer.Protocol.Tools;

namespace AppServer.Agent.Tools.Agent;

/// <summary>
/// <c>write_stdin</c>: writes characters to a running exec_command session (or just polls it with empty
/// <c>chars</c>) and returns the output produced since the last call, in the exec_command format.
/// </summary>
public sealed class WriteStdinTool(ExecSessionManager sessions) : IAgentTool
{
    public string Name => "write_stdin";

    public string SpecJson { get; } = new JsonObject
    {
        ["type"] = "function",
        ["name"] = "write_stdin",
        ["description"] = "Writes characters to an existing unified exec session and returns recent output.",
        ["strict"] = false,
        ["parameters"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["chars"] = new JsonObject { ["type"] = "string", ["description"] = "Bytes to write to stdin (may be empty to poll)." },
                ["max_output_tokens"] = new JsonObject { ["type"] = "number", ["description"] = "Maximum number of tokens to return. Excess output will be truncated." },
                ["session_id"] = new JsonObject { ["type"] = "number", ["description"] = "Identifier of the running unified exec session." },
                ["yield_time_ms"] = new JsonObject { ["type"] = "number", ["description"] = "How long to wait (in milliseconds) for output before yielding." },
            },
            ["required"] = new JsonArray("session_id"),
            ["additionalProperties"] = false,
        },
    }.ToJsonString();

    public async Task<ToolResult> ExecuteAsync(ToolCall call, ToolContext context, CancellationToken cancellationToken)
    {
        int id;
        string chars;
        double? yieldMs, maxTokens;
        try
        {
            using var doc = JsonDocument.Parse(call.Payload);
            var r = doc.RootElement;
            id = (int)r.GetProperty("session_id").GetDouble();
            chars = r.TryGetProperty("chars", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";
            yieldMs = r.TryGetProperty("yield_time_ms", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetDouble() : null;
            maxTokens = r.TryGetProperty("max_output_tokens", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetDouble() : null;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return ToolResult.Text($"failed to parse function arguments: {e.Message}");
        }

        if (sessions.Find(id) is not { } session)
        {
            return ToolResult.Text($"write_stdin failed: Unknown process id {id}");
        }

        if (chars.Length > 0)
        {
            if (!session.Process.IsTty)
            {
                return ToolResult.Text("write_stdin failed: stdin is closed for this session; rerun exec_command with tty=true to keep stdin open");
            }

            context.Publish(ToolMessages.TerminalInteraction.Name, new TerminalInteractionNotification
            {
                ThreadId = context.ThreadId,
                TurnId = context.TurnId,
                ItemId = session.StartedItem.Id,
                ProcessId = id.ToString(CultureInfo.InvariantCulture),
                Stdin = chars,
            });
            await session.Process.WriteStdinAsync(Encoding.UTF8.GetBytes(chars), cancellationToken).ConfigureAwait(false);
        }

        // Writes wait briefly for the echo/answer; empty polls wait longer (5 s to 300 s).
        var wait = chars.Length > 0 ? Math.Clamp(yieldMs ?? 250, 250, 30_000) : Math.Clamp(yieldMs ?? 5_000, 5_000, 300_000);
        var text = await ExecCommandTool.CollectAsync(session, sessions, TimeSpan.FromMilliseconds(wait), (int)Math.Clamp(maxTokens ?? 10_000, 1, 1_000_000), cancellationToken).ConfigureAwait(false);
        return ToolResult.Text(text);
    }
}
