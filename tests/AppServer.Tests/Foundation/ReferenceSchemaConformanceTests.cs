using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AppServer.Protocol;
using AppServer.Protocol.Methods;

namespace AppServer.Tests.Foundation;

/// <summary>
/// Every registry entry must be a method of the reference protocol (0.169.0) with the same experimental
/// status, the same type names, and the same top-level fields. Catches a misspelt field or a forgotten
/// required one before any client does.
/// </summary>
public sealed class ReferenceSchemaConformanceTests
{
    private static readonly Lazy<ReferenceSchema> Reference = new(ReferenceSchema.Load);

    public static TheoryData<string> Methods() => new(ClientMethods.All.Select(m => m.Name));

    public static TheoryData<string> Notifications() => new(ServerMessages.Notifications.Select(m => m.Name).DefaultIfEmpty("(none)"));

    public static TheoryData<string> ServerRequests() => new(ServerMessages.Requests.Select(m => m.Name).DefaultIfEmpty("(none)"));

    [Theory]
    [MemberData(nameof(Methods))]
    public void Client_method_matches_the_reference(string name)
    {
        ClientMethods.TryGet(name, out var method).Should().BeTrue();
        var reference = Reference.Value;
        var stable = reference.StableRequests.ContainsKey(name);
        reference.AllRequests.Should().ContainKey(name, "only reference methods belong in the registry");
        method.Experimental.Should().Be(!stable, stable ? "the reference has it in the stable surface" : "the reference has it only in the experimental surface");

        var referenceParams = reference.AllRequests[name];
        if (referenceParams is null)
        {
            method.ParamsType.Should().BeNull($"{name} takes no params in the reference");
        }
        else
        {
            method.ParamsType.Should().NotBeNull();
            method.ParamsType!.Name.Should().Be(referenceParams.Value.TypeName);
            method.ParamsOptional.Should().Be(referenceParams.Value.Optional, "params optionality follows the reference");
            CompareFields(method.ParamsType, referenceParams.Value.TypeName, exact: true);
        }

        var responseName = method.ParamsType?.Name.Replace("Params", "Response", StringComparison.Ordinal);
        if (responseName is not null && reference.TryDefinition(responseName, out _))
        {
            method.ResultType.Name.Should().Be(responseName);
            CompareFields(method.ResultType, responseName, exact: false);
        }
    }

    [Theory]
    [MemberData(nameof(Notifications))]
    public void Server_notification_matches_the_reference(string name)
    {
        if (name == "(none)")
        {
            return;
        }

        var entry = ServerMessages.Notifications.Single(n => n.Name == name);
        Reference.Value.Notifications.Should().ContainKey(name);
        var typeName = Reference.Value.Notifications[name];
        entry.PayloadType.Name.Should().Be(typeName);
        CompareFields(entry.PayloadType, typeName, exact: false); // outbound: we must send what the reference requires
    }

    [Theory]
    [MemberData(nameof(ServerRequests))]
    public void Server_request_matches_the_reference(string name)
    {
        if (name == "(none)")
        {
            return;
        }

        var entry = ServerMessages.Requests.Single(n => n.Name == name);
        Reference.Value.ServerRequests.Should().ContainKey(name);
        entry.PayloadType.Name.Should().Be(Reference.Value.ServerRequests[name]);
        CompareFields(entry.PayloadType, entry.PayloadType.Name, exact: false); // outbound

        // The answer we deserialize is the reference's response type for this request.
        var responseName = entry.PayloadType.Name.Replace("Params", "Response", StringComparison.Ordinal);
        entry.ResultType.Should().NotBeNull();
        entry.ResultType!.Name.Should().Be(responseName);
        Reference.Value.TryDefinition(responseName, out _).Should().BeTrue($"the reference defines {responseName}");
    }

    /// <summary>
    /// Compares top-level JSON field names and required-ness. Fields of the stable surface must all be
    /// there; fields only in the experimental surface are optional for us, but when present they must be
    /// marked <see cref="ExperimentalApiAttribute"/> so the gate refuses them without opt-in.
    /// </summary>
    private static void CompareFields(Type type, string referenceName, bool exact)
    {
        var reference = Reference.Value;
        var superset = reference.Definition(referenceName);
        if (superset["oneOf"] is not null || superset["anyOf"] is not null || superset["allOf"] is not null)
        {
            return; // unions are checked by round-trip tests, not by field lists
        }

        var ours = WireProperties(type);
        var all = Fields(superset);
        var stable = reference.TryStableDefinition(referenceName, out var stableDefinition) ? Fields(stableDefinition) : all;
        var theirRequired = (superset["required"] as JsonArray)?.Select(n => n!.GetValue<string>()).ToHashSet() ?? [];

        ours.Keys.Should().BeSubsetOf(all, $"{type.Name} fields must exist in the reference");
        if (!exact)
        {
            theirRequired.Should().BeSubsetOf(ours.Keys, $"{type.Name} must send every field the reference requires");
            return;
        }

        stable.Should().BeSubsetOf(ours.Keys, $"{type.Name} must accept every stable reference field");
        ours.Where(p => p.Value).Select(p => p.Key).Should().BeEquivalentTo(theirRequired, $"{type.Name} required fields follow the reference");
        foreach (var experimentalOnly in ours.Keys.Except(stable))
        {
            type.GetProperties().Single(p => (p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name) == experimentalOnly)
                .GetCustomAttribute<ExperimentalApiAttribute>().Should().NotBeNull($"{type.Name}.{experimentalOnly} exists only in the experimental surface");
        }
    }

    private static HashSet<string> Fields(JsonObject definition)
        => (definition["properties"] as JsonObject)?.Select(p => p.Key).ToHashSet() ?? [];

    private static Dictionary<string, bool> WireProperties(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
            .ToDictionary(
                p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name,
                p => p.GetCustomAttribute<RequiredMemberAttribute>() is not null || p.GetCustomAttribute<JsonRequiredAttribute>() is not null);

    private sealed class ReferenceSchema
    {
        private readonly Dictionary<string, JsonObject> _definitions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, JsonObject> _stableDefinitions = new(StringComparer.Ordinal);

        public Dictionary<string, (string TypeName, bool Optional)?> StableRequests { get; } = new();

        public Dictionary<string, (string TypeName, bool Optional)?> AllRequests { get; } = new();

        public Dictionary<string, string> Notifications { get; } = new();

        public Dictionary<string, string> ServerRequests { get; } = new();

        public JsonObject Definition(string name)
            => TryDefinition(name, out var definition) ? definition : throw new InvalidOperationException($"the reference has no type {name}");

        public bool TryDefinition(string name, out JsonObject definition) => _definitions.TryGetValue(name, out definition!);

        public bool TryStableDefinition(string name, out JsonObject definition) => _stableDefinitions.TryGetValue(name, out definition!);

        public static ReferenceSchema Load()
        {
            // The reference schema vendored with the tests (tests/reference-schema/NOTICE says what it is).
            var root = Path.Combine(SchemaTests.RepoRoot(), "tests", "reference-schema");
            var schema = new ReferenceSchema();
            foreach (var folder in new[] { "codex-app-server-schema", "codex-app-server-schema-experimental" })
            {
                foreach (var file in new[] { "codex_app_server_protocol.schemas.json", "codex_app_server_protocol.v2.schemas.json" })
                {
                    var json = JsonNode.Parse(File.ReadAllText(Path.Combine(root, folder, file)))!;
                    foreach (var (name, node) in json["definitions"]!.AsObject())
                    {
                        if (node is JsonObject definition)
                        {
                            schema._definitions[name] = definition; // experimental (read last) is the superset
                            if (folder == "codex-app-server-schema")
                            {
                                schema._stableDefinitions[name] = definition;
                            }
                        }
                    }
                }

                var requests = ReadMethods(Path.Combine(root, folder, "ClientRequest.json"));
                foreach (var (method, type) in requests)
                {
                    schema.AllRequests[method] = type;
                    if (folder == "codex-app-server-schema")
                    {
                        schema.StableRequests[method] = type;
                    }
                }

                foreach (var (method, type) in ReadMethods(Path.Combine(root, folder, "ServerNotification.json")))
                {
                    schema.Notifications[method] = type!.Value.TypeName;
                }

                foreach (var (method, type) in ReadMethods(Path.Combine(root, folder, "ServerRequest.json")))
                {
                    schema.ServerRequests[method] = type!.Value.TypeName;
                }
            }

            return schema;
        }

        private static IEnumerable<(string Method, (string TypeName, bool Optional)? Params)> ReadMethods(string file)
        {
            var json = JsonNode.Parse(File.ReadAllText(file))!;
            foreach (var variant in json["oneOf"]!.AsArray())
            {
                var properties = variant!["properties"]!;
                var method = properties["method"]!["enum"]![0]!.GetValue<string>();
                var required = variant["required"]?.AsArray().Any(n => n!.GetValue<string>() == "params") ?? false;
                var parameters = properties["params"];
                string? typeName = null;
                if (parameters?["$ref"] is { } reference)
                {
                    typeName = reference.GetValue<string>().Split('/').Last();
                }
                else if (parameters?["anyOf"] is JsonArray anyOf)
                {
                    typeName = anyOf.Select(a => a?["$ref"]?.GetValue<string>()).FirstOrDefault(r => r is not null)?.Split('/').Last();
                }

                yield return (method, typeName is null ? null : (typeName, !required));
            }
        }
    }
}
