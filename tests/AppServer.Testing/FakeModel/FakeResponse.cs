using System.Text.Json.Nodes;

namespace AppServer.Testing.FakeModel;

/// <summary>
/// One scripted answer of <see cref="FakeResponsesServer"/>: an HTTP error, or a list of SSE steps (events,
/// pauses, a stall until released, an abrupt disconnect). Builders produce the Responses-API event shapes.
/// </summary>
public sealed class FakeResponse
{
    private static int _ids;

    public int Status { get; init; } = 200;

    /// <summary>Body of an error response.</summary>
    public string? ErrorBody { get; init; }

    /// <summary>Extra response headers (e.g. Retry-After).</summary>
    public Dictionary<string, string> Headers { get; } = [];

    public List<FakeStep> Steps { get; } = [];

    public static FakeResponse Error(int status, string type = "server_error", string message = "fake error", string? code = null)
        => new()
        {
            Status = status,
            ErrorBody = new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["code"] = code } }.ToJsonString(),
        };

    /// <summary>A normal response: created, the given items, completed with usage.</summary>
    public static FakeResponse Of(params FakeItem[] items) => Build(items, FakeUsage.Default, complete: true);

    public static FakeResponse Of(FakeUsage usage, params FakeItem[] items) => Build(items, usage, complete: true);

    /// <summary>Streams the items, then closes the connection without <c>response.completed</c>.</summary>
    public static FakeResponse Dropped(params FakeItem[] items)
    {
        var r = Build(items, FakeUsage.Default, complete: false);
        r.Steps.Add(FakeStep.Drop());
        return r;
    }

    /// <summary>Streams <c>response.created</c>, then sends nothing (an idle stream) until released.</summary>
    public static FakeResponse Idle()
    {
        var r = new FakeResponse();
        r.Steps.Add(FakeStep.Event(new JsonObject { ["type"] = "response.created", ["response"] = new JsonObject { ["id"] = "resp_idle" } }));
        r.Steps.Add(FakeStep.Stall(TimeSpan.FromSeconds(60)));
        return r;
    }

    /// <summary><c>response.failed</c> with an error code and message.</summary>
    public static FakeResponse Failed(string code, string message)
    {
        var r = new FakeResponse();
        r.Steps.Add(FakeStep.Event(new JsonObject { ["type"] = "response.created", ["response"] = new JsonObject { ["id"] = "resp_f" } }));
        r.Steps.Add(FakeStep.Event(new JsonObject
        {
            ["type"] = "response.failed",
            ["response"] = new JsonObject { ["id"] = "resp_f", ["error"] = new JsonObject { ["code"] = code, ["message"] = message } },
        }));
        return r;
    }

    private static FakeResponse Build(FakeItem[] items, FakeUsage usage, bool complete)
    {
        var r = new FakeResponse();
        var responseId = $"resp_{Interlocked.Increment(ref _ids):D6}";
        r.Steps.Add(FakeStep.Event(new JsonObject { ["type"] = "response.created", ["response"] = new JsonObject { ["id"] = responseId } }));
        for (var index = 0; index < items.Length; index++)
        {
            items[index].AppendSteps(r.Steps, index);
        }

        if (complete)
        {
            r.Steps.Add(FakeStep.Event(new JsonObject
            {
                ["type"] = "response.completed",
                ["response"] = new JsonObject { ["id"] = responseId, ["usage"] = usage.ToJson() },
            }));
        }

        return r;
    }

    /// <summary>Encodes every event step to its SSE bytes.</summary>
    public void Prebuild()
    {
        for (var i = 0; i < Steps.Count; i++)
        {
            if (Steps[i].Kind is "event" or "raw" && Steps[i].Encoded is null)
            {
                Steps[i] = Steps[i] with { Encoded = Encode(Steps[i]) };
            }
        }
    }

    /// <summary>The SSE bytes of an event (<c>event:</c> + <c>data:</c>) or raw data step.</summary>
    public static byte[] Encode(FakeStep step) => System.Text.Encoding.UTF8.GetBytes(step.Kind == "raw"
        ? $"data: {(string?)step.Payload!["data"]}\n\n"
        : $"event: {(string?)step.Payload!["type"]}\ndata: {step.Payload!.ToJsonString()}\n\n");

    internal static string NextId(string prefix) => $"{prefix}_{Interlocked.Increment(ref _ids):D6}";
}

/// <summary>One step of a scripted stream.</summary>
public sealed record FakeStep(string Kind, JsonObject? Payload, TimeSpan Duration)
{
    /// <summary>The pre-encoded SSE bytes, once <see cref="FakeResponse.Prebuild"/> ran.</summary>
    public byte[]? Encoded { get; init; }

    public static FakeStep Event(JsonObject payload) => new("event", payload, TimeSpan.Zero);

    public static FakeStep Delay(TimeSpan duration) => new("delay", null, duration);

    /// <summary>Pauses until <see cref="FakeResponsesServer.Release"/> or the timeout.</summary>
    public static FakeStep Stall(TimeSpan timeout) => new("stall", null, timeout);

    /// <summary>Ends the stream early (EOF without <c>response.completed</c>).</summary>
    public static FakeStep Drop() => new("drop", null, TimeSpan.Zero);
}

/// <summary>Token usage reported by <c>response.completed</c>.</summary>
public sealed record FakeUsage(long Input, long Output, long Cached = 0, long Reasoning = 0)
{
    public static FakeUsage Default { get; } = new(100, 20);

    public JsonObject ToJson() => new()
    {
        ["input_tokens"] = Input,
        ["input_tokens_details"] = new JsonObject { ["cached_tokens"] = Cached },
        ["output_tokens"] = Output,
        ["output_tokens_details"] = new JsonObject { ["reasoning_tokens"] = Reasoning },
        ["total_tokens"] = Input + Output,
    };
}
