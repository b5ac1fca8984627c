using AppServer.Agent.Models;

namespace AppServer.Agent;

/// <summary>What the agent module needs beyond the core's services.</summary>
public sealed record AgentOptions
{
    /// <summary>The first model-request retry's delay (doubling after that); tests shorten it.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = RetryBackoff.DefaultBaseDelay;
}
