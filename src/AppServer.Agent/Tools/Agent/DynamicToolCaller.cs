using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using AppServer.Agent.Approvals;
using AppServer.Protocol.Items;
using AppServer.Protocol.Tools;

namespace AppServer.Agent.Tools.Agent;

/// <summary>
/// Runs a dynamic tool call by asking the client (<c>item/tool/call</c>), around a <c>dynamicToolCall</c> item;
/// the client's content items go back to the model as <c>input_text</c>/<c>input_image</c>.
/// </summary>
public sealed class DynamicToolCaller(DynamicTools tools, ThreadRequestBroker requests) : IDynamicToolSource
{
    public IReadOnlyList<string> SpecsFor(string threadId) => [.. tools.For(threadId).Select(t => t.SpecJson)];

    public async Task<ToolResult?> TryExecuteAsync(ToolCall call, ToolContext context, CancellationToken ct)
    {
        if (call.Custom || tools.Find(context.ThreadId, call.Name) is not { } tool)
        {
            return null;
        }

        JsonElement arguments;
        try
        {
            arguments = JsonDocument.Parse(string.IsNullOrWhiteSpace(call.Payload) ? "{}" : call.Payload).RootElement.Clone();
        }
        catch (JsonException e)
        {
            return ToolResult.Text($"failed to parse function arguments: {e.Message}");
        }

        var clock = Stopwatch.StartNew();
        var startedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        DynamicToolCallThreadItem Item(DynamicToolCallStatus status, IReadOnlyList<JsonElement>? content, bool? success) => new()
        {
            Id = call.CallId,
            Namespace = tool.Namespace,
            Tool = tool.Name,
            Arguments = arguments,
            Status = status,
            ContentItems = content,
            Success = success,
            DurationMs = status == DynamicToolCallStatus.InProgress ? null : (long)clock.Elapsed.TotalMilliseconds,
        };
        context.Publish("item/started", new ItemStartedNotification { Item = Item(DynamicToolCallStatus.InProgress, null, null), ThreadId = context.ThreadId, TurnId = context.TurnId, StartedAtMs = startedAt });

        var answer = await requests.RequestAsync(context.ThreadId, ToolMessages.DynamicToolCall.Name, new DynamicToolCallParams
        {
            ThreadId = context.ThreadId,
            TurnId = context.TurnId,
            CallId = call.CallId,
            Namespace = tool.Namespace,
            Tool = tool.Name,
            Arguments = arguments,
        }, waitingOnApproval: false, ct).ConfigureAwait(false);

        List<JsonElement> content = [];
        bool success = false;
        if (answer is { ValueKind: JsonValueKind.Object } a)
        {
            success = a.TryGetProperty("success", out var s) && s.ValueKind == JsonValueKind.True;
            if (a.TryGetProperty("contentItems", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                content = [.. items.EnumerateArray().Select(i => i.Clone())];
            }
        }

        await context.CompleteItemAsync(Item(success ? DynamicToolCallStatus.Completed : DynamicToolCallStatus.Failed, content, success), startedAt, ct).ConfigureAwait(false);
        if (answer is null)
        {
            return ToolResult.Text($"dynamic tool call failed: no client answered `{tool.Name}`");
        }

        var output = new JsonArray();
        foreach (var item in content)
        {
            var type = item.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type == "inputText" && item.TryGetProperty("text", out var text))
            {
                output.Add(new JsonObject { ["type"] = "input_text", ["text"] = text.GetString() });
            }
            else if (type == "inputImage" && item.TryGetProperty("imageUrl", out var url))
            {
                output.Add(new JsonObject { ["type"] = "input_image", ["image_url"] = url.GetString() });
            }
        }

        return new ToolResult(output.ToJsonString());
    }
}
