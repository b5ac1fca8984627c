using System.Text.Json.Nodes;
using AppServer.Config.Toml;

namespace AppServer.Config.Writing;

/// <summary>
/// Applies a batch of <see cref="ConfigEdit"/>s to a config file's text and its parsed tree. The tree is
/// the truth (what the file must mean afterwards); the text is edited surgically with <see cref="TomlEditor"/>
/// and re-parsed to prove it means exactly that tree. If the surgical edit cannot express it (an exotic
/// layout), the file is re-rendered from the tree rather than written wrong.
/// </summary>
public static class ConfigEditApplier
{
    /// <summary>Result of applying edits: the new text and the tree it parses to.</summary>
    public sealed record Result(string Text, JsonObject Tree, bool Reformatted);

    /// <summary>Applies <paramref name="edits"/>; throws <see cref="ConfigWriteException"/> on an invalid edit.</summary>
    public static Result Apply(string text, JsonObject tree, IReadOnlyList<ConfigEdit> edits)
    {
        var expected = (JsonObject)tree.DeepClone();
        var parsedEdits = new List<(List<string> Path, ConfigEdit Edit)>();
        foreach (var edit in edits)
        {
            if (string.IsNullOrWhiteSpace(edit.KeyPath))
            {
                throw new ConfigWriteException(ConfigWriteErrorCode.ConfigValidationError, "keyPath must not be empty");
            }

            var path = JsonTree.SplitKeyPath(edit.KeyPath);
            if (path.Any(string.IsNullOrEmpty))
            {
                throw new ConfigWriteException(ConfigWriteErrorCode.ConfigValidationError, $"Invalid keyPath `{edit.KeyPath}`");
            }

            if (path[0] == "profiles" && (edit.Value is not null || path.Count > 1))
            {
                throw new ConfigWriteException(
                    ConfigWriteErrorCode.ConfigValidationError,
                    "`profiles` contains legacy config profile tables and can no longer be written; use `--profile <name>` with `<name>.config.toml` instead");
            }

            ApplyToTree(expected, path, edit);
            parsedEdits.Add((path, edit));
        }

        Validate(expected, parsedEdits);

        string newText;
        try
        {
            var editor = new TomlEditor(text);
            foreach (var (path, edit) in parsedEdits)
            {
                ApplyToText(editor, path, edit.Value, edit.MergeStrategy);
            }

            newText = editor.Text;
        }
        catch (InvalidOperationException)
        {
            newText = "";
        }

        if (Parses(newText, expected))
        {
            return new Result(newText, expected, false);
        }

        return new Result(TomlJson.RenderDocument(expected), expected, true);
    }

    private static void Validate(JsonObject expected, List<(List<string> Path, ConfigEdit Edit)> edits)
    {
        var error = ConfigSchema.Validate(expected);
        if (error is not null)
        {
            throw new ConfigWriteException(ConfigWriteErrorCode.ConfigValidationError, "Invalid configuration: " + error.Message);
        }

        // Values the reference refuses to write even though they parse.
        foreach (var (path, edit) in edits)
        {
            if (path is ["approval_policy"] && edit.Value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && v.GetValue<string>() == "untrusted")
            {
                throw new ConfigWriteException(
                    ConfigWriteErrorCode.ConfigValidationError,
                    "Invalid configuration: approval_policy = \"untrusted\" is no longer supported; remove this setting");
            }
        }
    }

    private static void ApplyToTree(JsonObject root, List<string> path, ConfigEdit edit)
    {
        if (edit.Value is null)
        {
            JsonTree.Remove(root, path);
            return;
        }

        if (edit.MergeStrategy == ConfigMergeStrategy.Upsert && edit.Value is JsonObject incoming && JsonTree.Get(root, path) is JsonObject existing)
        {
            JsonTree.MergeInto(existing, incoming);
            return;
        }

        JsonTree.Set(root, path, edit.Value.DeepClone());
    }

    private static void ApplyToText(TomlEditor editor, List<string> path, JsonNode? value, ConfigMergeStrategy strategy)
    {
        if (value is null)
        {
            editor.Remove(path);
            return;
        }

        if (value is JsonObject obj)
        {
            if (strategy == ConfigMergeStrategy.Replace && !editor.Clear(path))
            {
                editor.Remove(path);
            }

            SetLeaves(editor, path, obj);
            return;
        }

        editor.Set(path, value);
    }

    private static void SetLeaves(TomlEditor editor, List<string> path, JsonObject table)
    {
        if (table.Count == 0)
        {
            editor.Set(path, table);
            return;
        }

        foreach (var (key, child) in table)
        {
            var childPath = new List<string>(path) { key };
            if (child is JsonObject childTable)
            {
                SetLeaves(editor, childPath, childTable);
            }
            else
            {
                editor.Set(childPath, child);
            }
        }
    }

    private static bool Parses(string text, JsonObject expected)
    {
        try
        {
            return JsonTree.DeepEquals(TomlJson.Parse(text, "config.toml"), expected);
        }
        catch (ConfigFileException)
        {
            return false;
        }
    }
}
