using AppServer.Core.Models;
using AppServer.Core.Tools;

namespace AppServer.Core.Turns;

/// <summary>The process-wide collaborators every turn uses.</summary>
public sealed class TurnServices
{
    public required IModelClientFactory Clients { get; init; }

    /// <summary>Finds a provider by id in the current config (null when unknown).</summary>
    public required Func<string, ModelProviderInfo?> Providers { get; init; }

    public required IModelFactsSource Models { get; init; }

    public required ToolRegistry Tools { get; init; }

    /// <summary>Loads AGENTS.md instructions for a cwd.</summary>
    public required Func<string, string?> AgentsMd { get; init; }

    /// <summary>Stable id of this installation (sent in client metadata).</summary>
    public string InstallationId { get; init; } = "";

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

/// <summary>Who asked for the turn: sent upstream as <c>originator</c> and <c>user-agent</c>.</summary>
public sealed record TurnClientIdentity(string Originator, string UserAgent);
