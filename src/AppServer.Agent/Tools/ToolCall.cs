using System.Text.Json;

namespace AppServer.Agent.Tools;

/// <summary>A tool call the model made: a <c>function_call</c> (JSON arguments) or a <c>custom_tool_call</c> (free text).</summary>
public sealed record ToolCall(string CallId, string Name, string? Namespace, bool Custom, string Payload, JsonElement Raw);
