namespace AppServer.Agent.Tools;

/// <summary>
/// The tools offered to the model. Tool families register <see cref="IAgentTool"/> services; a call to a
/// name nobody registered gets the reference's <c>unsupported call: &lt;name&gt;</c> output.
/// </summary>
public sealed class ToolRegistry(IEnumerable<IAgentTool> tools, IEnumerable<IDynamicToolSource>? dynamicSources = null)
{
    private readonly Dictionary<string, IAgentTool> _tools = tools.ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>The specs to send with every request.</summary>
    public IReadOnlyList<string> Specs => [.. _tools.Values.Select(t => t.SpecJson)];

    /// <summary>The specs offered to a turn with <paramref name="settings"/>.</summary>
    public IReadOnlyList<string> SpecsFor(ToolTurnSettings settings, string? threadId = null) =>
    [
        .. _tools.Values.Select(t => t.SpecFor(settings)).OfType<string>(),
        .. threadId is null ? [] : _dynamic.SelectMany(d => d.SpecsFor(threadId)),
    ];

    private readonly IReadOnlyList<IDynamicToolSource> _dynamic = [.. dynamicSources ?? []];

    public async Task<ToolResult> ExecuteAsync(ToolCall call, ToolContext context, CancellationToken cancellationToken)
    {
        if (call.Namespace is null && _tools.TryGetValue(call.Name, out var tool) && tool.SpecFor(context.Settings) is not null)
        {
            return await tool.ExecuteAsync(call, context, cancellationToken).ConfigureAwait(false);
        }

        foreach (var source in _dynamic)
        {
            if (await source.TryExecuteAsync(call, context, cancellationToken).ConfigureAwait(false) is { } result)
            {
                return result;
            }
        }

        return ToolResult.Text(call.Custom ? $"unsupported custom tool call: {call.Name}" : $"unsupported call: {call.Name}");
    }
}
