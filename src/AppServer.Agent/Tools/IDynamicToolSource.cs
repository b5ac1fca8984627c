namespace AppServer.Agent.Tools;

/// <summary>Per-thread tools that are not known in advance (client-declared dynamic tools).</summary>
public interface IDynamicToolSource
{
    /// <summary>The extra specs offered in <paramref name="threadId"/>.</summary>
    IReadOnlyList<string> SpecsFor(string threadId);

    /// <summary>Runs the call when it names one of the thread's tools; null when it does not.</summary>
    Task<ToolResult?> TryExecuteAsync(ToolCall call, ToolContext context, CancellationToken cancellationToken);
}
