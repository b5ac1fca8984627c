using System.Text.Json;
using System.Text.Json.Nodes;
using AppServer.Protocol.Tools;

namespace AppServer.Agent.Tools.Agent;

/// <summary>
/// <c>update_plan</c>: the model's step list, published as <c>turn/plan/updated</c>. Like the reference it is
/// offered only when <c>[tools.update_plan] enabled = true</c>; otherwise a call gets <c>unsupported call</c>.
/// </summary>
public sealed class UpdatePlanTool(Func<string, bool> enabledForCwd) : IAgentTool
{
    public string Name => "update_plan";

    public string SpecJson { get; } = new JsonObject
    {
        ["type"] = "function",
        ["name"] = "update_plan",
        ["description"] = "Updates the task plan.\nProvide an optional explanation and a list of plan items, each with a step and status.\nAt most one step can be in_progress at a time.\n",
        ["strict"] = false,
        ["parameters"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["explanation"] = new JsonObject { ["type"] = "string" },
                ["plan"] = new JsonObject
                {
                    ["type"] = "array",
                    ["description"] = "The list of steps",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["step"] = new JsonObject { ["type"] = "string" },
                            ["status"] = new JsonObject { ["type"] = "string", ["description"] = "One of: pending, in_progress, completed" },
                        },
                        ["required"] = new JsonArray("step", "status"),
                        ["additionalProperties"] = false,
                    },
                },
            },
            ["required"] = new JsonArray("plan"),
            ["additionalProperties"] = false,
        },
    }.ToJsonString();

    public string? SpecFor(ToolTurnSettings settings) => enabledForCwd(settings.Cwd) ? SpecJson : null;

    public Task<ToolResult> ExecuteAsync(ToolCall call, ToolContext context, CancellationToken cancellationToken)
    {
        string? explanation;
        List<TurnPlanStep> steps = [];
        try
        {
            using var doc = JsonDocument.Parse(call.Payload);
            var root = doc.RootElement;
            explanation = root.TryGetProperty("explanation", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            if (!root.TryGetProperty("plan", out var plan) || plan.ValueKind != JsonValueKind.Array)
            {
                return Task.FromResult(ToolResult.Text("failed to parse function arguments: missing field `plan`"));
            }

            foreach (var item in plan.EnumerateArray())
            {
                var step = item.GetProperty("step").GetString() ?? "";
                var status = item.GetProperty("status").GetString() switch
                {
                    "pending" => TurnPlanStepStatus.Pending,
                    "in_progress" => TurnPlanStepStatus.InProgress,
                    "completed" => TurnPlanStepStatus.Completed,
                    var other => throw new JsonException($"unknown variant `{other}`, expected one of `pending`, `in_progress`, `completed`"),
                };
                steps.Add(new TurnPlanStep { Step = step, Status = status });
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return Task.FromResult(ToolResult.Text($"failed to parse function arguments: {ex.Message}"));
        }

        context.Publish(ToolMessages.TurnPlanUpdated.Name, new TurnPlanUpdatedNotification { ThreadId = context.ThreadId, TurnId = context.TurnId, Explanation = explanation, Plan = steps });
        return Task.FromResult(ToolResult.Text("Plan updated"));
    }
}
