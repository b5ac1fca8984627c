namespace AppServer.Core.Threads;

/// <summary>A new value for one git metadata field of a thread (null clears it); no change is a null <see cref="GitFieldChange"/>.</summary>
public sealed record GitFieldChange(string? Value);
