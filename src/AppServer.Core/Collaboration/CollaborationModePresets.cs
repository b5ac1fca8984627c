namespace AppServer.Core.Collaboration;

/// <summary>
/// The built-in collaboration modes. Plan mode pins medium reasoning effort so plans are thought through;
/// the default mode leaves the thread's own settings alone.
/// </summary>
public static class CollaborationModePresets
{
    /// <summary>One preset: display name, mode id, and the settings it pins (null = unchanged).</summary>
    public sealed record Preset(string Name, string Mode, string? Model, string? ReasoningEffort);

    public static readonly Preset Plan = new("Plan", "plan", null, "medium");

    public static readonly Preset Default = new("Default", "default", null, null);

    /// <summary>In the order clients show them.</summary>
    public static IReadOnlyList<Preset> All { get; } = [Plan, Default];
}
