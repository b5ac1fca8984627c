using AppServer.Agent.Models;
using AppServer.Agent.Tools;
using AppServer.Core.Providers;
using AppServer.Protocol.Items;

namespace AppServer.Agent.Turns;

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

    /// <summary>
    /// The skill instructions a turn's input asks for (cwd, input, warning sink), one user message text each;
    /// none by default.
    /// </summary>
    public Func<string, IReadOnlyList<UserInput>, Action<string>, IReadOnlyList<string>> SkillInjections { get; init; } = (_, _, _) => [];

    /// <summary>The thread's read receipt after a turn finished (<c>thread/readState/changed</c>), or null when it has none.</summary>
    public Func<string, Protocol.ReadState.ThreadReadStateChangedNotification?> ReadStateAfterTurn { get; init; } = _ => null;

    /// <summary>Stable id of this installation (sent in client metadata).</summary>
    public string InstallationId { get; init; } = "";

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Delays between stream retries.</summary>
    public RetryBackoff Backoff { get; init; } = RetryBackoff.Default;
}

/// <summary>Who asked for the turn: sent upstream as <c>originator</c> and <c>user-agent</c>.</summary>
public sealed record TurnClientIdentity(string Originator, string UserAgent);
