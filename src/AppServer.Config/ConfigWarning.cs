namespace AppServer.Config;

/// <summary>
/// A problem found while loading config, for a <c>configWarning</c> notification: a broken file (with
/// <see cref="Path"/> and 1-based <see cref="Line"/>/<see cref="Column"/>), a value clamped by
/// requirements, a disabled project folder.
/// </summary>
public sealed record ConfigWarning(string Summary, string? Details = null, string? Path = null, int? Line = null, int? Column = null);
