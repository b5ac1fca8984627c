namespace AppServer.Agent.Models;

/// <summary>What the turn loop needs to know about a model slug (from the model catalog).</summary>
public sealed record ModelFacts
{
    /// <summary>Facts for a slug the catalog does not know: no effort default, <c>auto</c> summaries.</summary>
    public static ModelFacts Unknown(string slug) => new() { Slug = slug, Known = false, DefaultReasoningSummary = "auto" };

    public required string Slug { get; init; }

    /// <summary>True when the catalog knows the slug.</summary>
    public bool Known { get; init; } = true;

    /// <summary>Usable context window (window × effective percent), for <c>modelContextWindow</c>.</summary>
    public long? ContextWindow { get; init; }

    public string? DefaultReasoningEffort { get; init; }

    /// <summary>Default summary mode; null or <c>none</c> sends none.</summary>
    public string? DefaultReasoningSummary { get; init; }

    public bool SupportsVerbosity { get; init; }

    public string? DefaultVerbosity { get; init; }

    /// <summary>The catalog's base instructions for the model, when it has its own.</summary>
    public string? BaseInstructions { get; init; }
}
