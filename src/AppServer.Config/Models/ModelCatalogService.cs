using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AppServer.Config.Models;

/// <summary>
/// The model catalog: the reference's built-in catalog (embedded, prompts stripped) plus the models of
/// <c>model_catalog_json</c> (same shape: <c>{"models":[...]}</c>; a slug there replaces the built-in one).
/// Entries are the raw catalog JSON (<c>slug</c>, <c>display_name</c>, <c>supported_reasoning_levels</c>, ...).
/// </summary>
public sealed class ModelCatalogService(ConfigService config)
{
    private static readonly Lazy<JsonArray> BuiltIn = new(LoadBuiltIn);

    /// <summary>
    /// The slug used when config names no model: the built-in catalog's first visible model by priority
    /// (the one <c>model/list</c> marks <c>isDefault</c>).
    /// </summary>
    public static string DefaultModel { get; } = BuiltIn.Value
        .OfType<JsonObject>()
        .Where(m => ConfigValues.String(m, "visibility") == "list")
        .OrderBy(m => ConfigValues.Long(m, "priority") ?? long.MaxValue)
        .Select(m => ConfigValues.String(m, "slug")!)
        .First();

    /// <summary>Every model, sorted by the catalog's <c>priority</c>; <paramref name="cwd"/> selects the config for <c>model_catalog_json</c>.</summary>
    public IReadOnlyList<JsonObject> List(string? cwd = null)
    {
        var models = new List<JsonObject>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var extraFile = config.Load(cwd).Effective.ModelCatalogJson;
        if (extraFile is not null)
        {
            foreach (var model in ReadFile(extraFile))
            {
                if (ConfigValues.String(model, "slug") is { } slug && seen.Add(slug))
                {
                    models.Add(model);
                }
            }
        }

        foreach (var node in BuiltIn.Value)
        {
            if (node is JsonObject model && ConfigValues.String(model, "slug") is { } slug && seen.Add(slug))
            {
                models.Add((JsonObject)model.DeepClone());
            }
        }

        return models.OrderBy(m => ConfigValues.Long(m, "priority") ?? long.MaxValue).ToList();
    }

    /// <summary>The catalog entry for <paramref name="slug"/>, or null when the model is unknown (callers then use fallback metadata).</summary>
    public JsonObject? Find(string slug, string? cwd = null)
        => List(cwd).FirstOrDefault(m => ConfigValues.String(m, "slug") == slug);

    /// <summary>
    /// The catalog entry for <paramref name="slug"/>; for an unknown model, fallback metadata (display name = slug,
    /// medium reasoning, no model-specific tools such as apply_patch) plus the reference's <c>warning</c> text.
    /// </summary>
    public (JsonObject Entry, string? Warning) Resolve(string slug, string? cwd = null)
    {
        if (Find(slug, cwd) is { } entry)
        {
            return (entry, null);
        }

        var fallback = new JsonObject
        {
            ["slug"] = slug,
            ["display_name"] = slug,
            ["description"] = "",
            ["default_reasoning_level"] = "medium",
            ["supported_reasoning_levels"] = new JsonArray(),
            ["shell_type"] = "default",
            ["visibility"] = "none",
            ["supported_in_api"] = true,
            ["apply_patch_tool_type"] = null,
            ["input_modalities"] = new JsonArray("text", "image"),
            ["supports_reasoning_summaries"] = false,
            ["support_verbosity"] = false,
        };
        return (fallback, MissingModelWarning(slug));
    }

    /// <summary>The reference's warning for a model missing from the catalog.</summary>
    public static string MissingModelWarning(string slug)
        => $"Model metadata for `{slug}` not found. Defaulting to fallback metadata; this can degrade performance and cause issues.";

    private static IEnumerable<JsonObject> ReadFile(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path))?["models"] is JsonArray array ? array.OfType<JsonObject>().ToList() : [];
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static JsonArray LoadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("AppServer.Config.model-catalog.json")
            ?? throw new InvalidOperationException("embedded model-catalog.json is missing");
        return JsonNode.Parse(stream)?["models"] as JsonArray ?? [];
    }
}
