using System.Text.Json.Nodes;
using AppServer.Agent.Models;
using AppServer.Config;

namespace AppServer.Agent.Turns;

/// <summary><see cref="ModelFacts"/> from the config's model catalog (built-in plus <c>model_catalog_json</c>).</summary>
public sealed class CatalogModelFacts(ConfigService config) : IModelFactsSource
{
    public ModelFacts For(string slug)
    {
        var entry = config.Models.Find(slug);
        if (entry is null)
        {
            return ModelFacts.Unknown(slug);
        }

        var window = ConfigValues.Long(entry, "context_window");
        var percent = ConfigValues.Long(entry, "effective_context_window_percent") ?? 100;
        return new ModelFacts
        {
            Slug = slug,
            ContextWindow = window is { } w ? w * percent / 100 : null,
            DefaultReasoningEffort = ConfigValues.String(entry, "default_reasoning_level"),
            DefaultReasoningSummary = ConfigValues.String(entry, "default_reasoning_summary"),
            SupportsVerbosity = ConfigValues.Bool(entry, "support_verbosity") ?? false,
            DefaultVerbosity = ConfigValues.String(entry, "default_verbosity"),
            BaseInstructions = entry["base_instructions"] is JsonValue v && v.TryGetValue<string>(out var text) && !text.StartsWith("<omitted", StringComparison.Ordinal) ? text : null,
        };
    }
}
