using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using AppServer.Storage.Threads;

namespace AppServer.Agent.Tools.Agent;

/// <summary>One client-provided tool from <c>thread/start.dynamicTools</c>.</summary>
public sealed record DynamicToolSpec(string Name, string Description, JsonNode InputSchema, string? Namespace)
{
    /// <summary>The tool as a plain Responses function tool.</summary>
    public string SpecJson => new JsonObject
    {
        ["type"] = "function",
        ["name"] = Name,
        ["description"] = Description,
        ["strict"] = false,
        ["parameters"] = InputSchema.DeepClone(),
    }.ToJsonString();

    /// <summary>The declaration as stored, in the shape <see cref="DynamicTools.Parse"/> reads.</summary>
    public string DeclarationJson => new JsonObject
    {
        ["name"] = Name,
        ["description"] = Description,
        ["inputSchema"] = InputSchema.DeepClone(),
        ["namespace"] = Namespace,
    }.ToJsonString();
}

/// <summary>
/// The dynamic tools each thread declared (experimental); offered to the model next to the built-in tools.
/// Declarations of stored threads are saved with the thread, so a thread resumed after a restart still offers
/// them (as the reference does).
/// </summary>
public sealed class DynamicTools(IDynamicToolStore store)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<DynamicToolSpec>> _byThread = new(StringComparer.Ordinal);

    /// <summary>Records the tools of <paramref name="threadId"/>; <paramref name="persist"/> saves them with the stored thread.</summary>
    public void Declare(string threadId, IReadOnlyList<DynamicToolSpec> specs, bool persist)
    {
        if (persist)
        {
            store.SaveDynamicTools(threadId, [.. specs.Select(s => s.DeclarationJson)]);
        }

        _byThread[threadId] = specs;
    }

    /// <summary>Parses the declarations (a JSON array of <c>{name, description, inputSchema}</c>).</summary>
    /// <exception cref="ArgumentException">A declaration is malformed; the message says which.</exception>
    public static IReadOnlyList<DynamicToolSpec> Parse(JsonElement declarations)
    {
        if (declarations.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return [];
        }

        if (declarations.ValueKind != JsonValueKind.Array)
        {
            throw new ArgumentException("dynamicTools must be an array");
        }

        var specs = new List<DynamicToolSpec>();
        foreach (var d in declarations.EnumerateArray())
        {
            var name = d.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : throw new ArgumentException("dynamic tool is missing `name`");
            var description = d.TryGetProperty("description", out var desc) && desc.ValueKind == JsonValueKind.String ? desc.GetString()! : "";
            var schema = d.TryGetProperty("inputSchema", out var s) && s.ValueKind == JsonValueKind.Object
                ? JsonNode.Parse(s.GetRawText())!
                : new JsonObject { ["type"] = "object", ["properties"] = new JsonObject() };
            var ns = d.TryGetProperty("namespace", out var nsp) && nsp.ValueKind == JsonValueKind.String ? nsp.GetString() : null;
            specs.Add(new DynamicToolSpec(name, description, schema, ns));
        }

        return specs;
    }

    /// <summary>The thread's tools: from memory, else from the store (a thread declared before a restart).</summary>
    public IReadOnlyList<DynamicToolSpec> For(string threadId) => _byThread.GetOrAdd(threadId, Load);

    private IReadOnlyList<DynamicToolSpec> Load(string threadId)
    {
        var stored = store.ReadDynamicTools(threadId);
        if (stored.Count == 0)
        {
            return [];
        }

        using var array = JsonDocument.Parse("[" + string.Join(",", stored) + "]");
        return Parse(array.RootElement);
    }

    public DynamicToolSpec? Find(string threadId, string name) => For(threadId).FirstOrDefault(t => t.Name == name);
}
