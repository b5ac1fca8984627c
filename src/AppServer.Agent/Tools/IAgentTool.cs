namespace AppServer.Agent.Tools;

/// <summary>
/// A tool offered to the model. The registry puts <see cref="SpecJson"/> in every request and routes calls
/// with a matching name here; the result becomes the call's output item and the loop samples again.
/// </summary>
public interface IAgentTool
{
    /// <summary>The tool name the model calls.</summary>
    string Name { get; }

    /// <summary>The Responses-API tool spec (<c>{"type":"function",...}</c> or <c>{"type":"custom",...}</c>).</summary>
    string SpecJson { get; }

    /// <summary>The spec offered for a turn with <paramref name="settings"/>, or null when the tool is not offered (then calls get <c>unsupported call</c>).</summary>
    string? SpecFor(ToolTurnSettings settings) => SpecJson;

    /// <summary>Runs the call; emits its own items through <paramref name="context"/>.</summary>
    Task<ToolResult> ExecuteAsync(ToolCall call, ToolContext context, CancellationToken cancellationToken);
}

/// <summary>What a tool returns to the model: <c>output</c> as a JSON value (a string, or an array of content items).</summary>
public sealed record ToolResult(string OutputJson)
{
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A plain-text output.</summary>
    public static ToolResult Text(string text) => new(System.Text.Json.JsonSerializer.Serialize(text, Relaxed));
}
