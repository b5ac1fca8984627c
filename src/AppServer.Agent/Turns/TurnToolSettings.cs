using AppServer.Agent.Tools;

namespace AppServer.Agent.Turns;

/// <summary>Hands the tools the part of a turn's settings they read (the tools do not know <see cref="TurnSettings"/>).</summary>
internal static class TurnToolSettings
{
    /// <summary>The tools' view of <paramref name="settings"/>.</summary>
    public static ToolTurnSettings ForTools(this TurnSettings settings) => new()
    {
        Model = settings.Model,
        Cwd = settings.Cwd,
        ApprovalPolicy = settings.ApprovalPolicy,
        SandboxMode = settings.SandboxMode,
        NetworkAccess = settings.NetworkAccess,
        WritableRoots = settings.WritableRoots,
    };
}
