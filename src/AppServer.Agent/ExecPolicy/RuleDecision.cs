namespace AppServer.Agent.ExecPolicy;

/// <summary>What a matching rule says; ordered from least to most strict so the strictest wins by <c>Max</c>.</summary>
public enum RuleDecision
{
    Allow = 0,
    Prompt = 1,
    Forbidden = 2,
}
