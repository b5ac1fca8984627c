using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using AppServer.Protocol;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Serialization;
using AppServer.Protocol.Paths;
using AppServer.Protocol.Sandbox;
using NJsonSchema;
using NJsonSchema.Generation.TypeMappers;
using NJsonSchema.Generation;

namespace AppServer.Host.Schema;

/// <summary>
/// Writes the JSON Schema of the protocol from the registry: one file per params/result/payload type under
/// <c>v2/</c>, plus <c>methods.json</c> listing every method, notification and server request. Without
/// <c>--experimental</c>, experimental methods and fields are left out, as in the reference.
/// </summary>
internal static class SchemaWriter
{
    public static int Write(string directory, bool experimental)
    {
        var types = new SortedDictionary<string, Type>(StringComparer.Ordinal);
        var methods = new JsonArray();
        foreach (var method in ClientMethods.All.Where(m => experimental || !m.Experimental))
        {
            methods.Add(new JsonObject
            {
                ["method"] = method.Name,
                ["params"] = method.ParamsType?.Name,
                ["paramsOptional"] = method.ParamsOptional,
                ["result"] = method.ResultType.Name,
                ["experimental"] = method.Experimental,
            });
            Collect(types, method.ParamsType, method.ResultType);
        }

        var notifications = Describe(ServerMessages.Notifications, experimental, types);
        var requests = Describe(ServerMessages.Requests, experimental, types);

        var v2 = Path.Combine(directory, "v2");
        Directory.CreateDirectory(v2);
        foreach (var stale in Directory.GetFiles(v2, "*.json"))
        {
            File.Delete(stale);
        }

        var settings = new SystemTextJsonSchemaGeneratorSettings
        {
            SerializerOptions = ProtocolJson.Options,
            SchemaType = SchemaType.JsonSchema,
            GenerateAbstractProperties = true,
            FlattenInheritanceHierarchy = true,
            // Like serde, the server ignores unknown fields, so the schema must not forbid them.
            AlwaysAllowAdditionalObjectProperties = true,
        };
        if (!experimental)
        {
            settings.SchemaProcessors.Add(new DropExperimentalProperties());
        }

        settings.SchemaProcessors.Add(new DescribeWireShapes());

        AddConverterTypeMappers(settings);

        foreach (var (name, type) in types)
        {
            var schema = JsonSchema.FromType(type, settings);
            File.WriteAllText(Path.Combine(v2, name + ".json"), Normalize(schema.ToJson()));
        }

        var index = new JsonObject
        {
            ["protocolVersion"] = ProtocolVersion.Codex,
            ["experimental"] = experimental,
            ["clientRequests"] = methods,
            ["serverNotifications"] = notifications,
            ["serverRequests"] = requests,
        };
        File.WriteAllText(Path.Combine(directory, "methods.json"), index.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return types.Count + 1;
    }

    /// <summary>Types with custom JSON converters: describe what the converter reads and writes.</summary>
    private static void AddConverterTypeMappers(SystemTextJsonSchemaGeneratorSettings settings)
    {
        settings.TypeMappers.Add(new PrimitiveTypeMapper(typeof(AbsolutePath), schema => schema.Type = JsonObjectType.String));
        // The SandboxPolicy union: one inline schema per `type` tag.
        Type[] variants = [typeof(DangerFullAccessSandboxPolicy), typeof(ReadOnlySandboxPolicy), typeof(ExternalSandboxSandboxPolicy), typeof(WorkspaceWriteSandboxPolicy)];
        settings.TypeMappers.Add(new PrimitiveTypeMapper(typeof(SandboxPolicy), schema =>
        {
            foreach (var variant in variants)
            {
                var variantSchema = JsonSchema.FromType(variant, settings);
                variantSchema.Properties["type"].Type = JsonObjectType.String;
                variantSchema.Properties["type"].Enumeration.Add(((SandboxPolicy)Activator.CreateInstance(variant)!).Type);
                variantSchema.RequiredProperties.Add("type");
                schema.OneOf.Add(variantSchema);
            }
        }));
    }

    private static JsonArray Describe(IEnumerable<MessageDescriptor> messages, bool experimental, SortedDictionary<string, Type> types)
    {
        var list = new JsonArray();
        foreach (var message in messages.Where(m => experimental || !m.Experimental))
        {
            list.Add(new JsonObject
            {
                ["method"] = message.Name,
                ["params"] = message.PayloadType.Name,
                ["result"] = message.ResultType?.Name,
                ["experimental"] = message.Experimental,
            });
            Collect(types, message.PayloadType, message.ResultType);
        }

        return list;
    }

    private static void Collect(SortedDictionary<string, Type> types, params Type?[] candidates)
    {
        foreach (var type in candidates)
        {
            if (type is not null && types.TryGetValue(type.Name, out var existing) && existing != type)
            {
                throw new InvalidOperationException($"Two wire types are named {type.Name}: {existing.FullName} and {type.FullName}.");
            }

            if (type is not null)
            {
                types[type.Name] = type;
            }
        }
    }

    /// <summary>Line endings and a trailing newline fixed, so the checked-in files compare byte for byte.</summary>
    private static string Normalize(string json) => json.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    /// <summary>Removes properties marked <see cref="ExperimentalApiAttribute"/> from the stable schema.</summary>
    private sealed class DropExperimentalProperties : ISchemaProcessor
    {
        public void Process(SchemaProcessorContext context)
        {
            foreach (var property in context.ContextualType.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<ExperimentalApiAttribute>() is null)
                {
                    continue;
                }

                var name = property.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name ?? property.Name;
                context.Schema.Properties.Remove(name);
                context.Schema.RequiredProperties.Remove(name);
            }
        }
    }

    /// <summary>Describes raw-JSON fields from their <see cref="WireShapeAttribute"/>, the shape the server checks them against.</summary>
    private sealed class DescribeWireShapes : ISchemaProcessor
    {
        public void Process(SchemaProcessorContext context)
        {
            foreach (var property in context.ContextualType.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var name = property.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name ?? property.Name;
                if (!context.Schema.Properties.TryGetValue(name, out var schema))
                {
                    continue;
                }

                DropEmptyUnionBranches(schema);
                if (property.GetCustomAttribute<WireShapeAttribute>() is not { } attribute)
                {
                    continue;
                }

                schema.OneOf.Clear();
                schema.AnyOf.Clear();
                Describe(attribute.Shape, schema);
            }
        }

        /// <summary>
        /// A union mapped from a converter type (SandboxPolicy) comes out as its variants plus an empty
        /// "anything" branch; with <c>oneOf</c> that branch makes every variant match twice, so it goes.
        /// </summary>
        private static void DropEmptyUnionBranches(JsonSchema schema)
        {
            var empty = schema.OneOf.Where(IsEmpty).ToList();
            if (empty.Count > 0 && schema.OneOf.Count(b => !IsEmpty(b) && !b.Type.HasFlag(JsonObjectType.Null)) >= 2)
            {
                foreach (var branch in empty)
                {
                    schema.OneOf.Remove(branch);
                }
            }
        }

        private static bool IsEmpty(JsonSchema schema)
            => schema.Type == JsonObjectType.None && !schema.HasReference && schema.OneOf.Count == 0 && schema.AnyOf.Count == 0
                && schema.AllOf.Count == 0 && schema.Properties.Count == 0 && schema.Enumeration.Count == 0;

        private static void Describe(WireShape shape, JsonSchema schema)
        {
            var orNull = shape.Nullable ? JsonObjectType.Null : JsonObjectType.None;
            switch (shape.Kind)
            {
                case WireShapeKind.Any:
                    return;
                case WireShapeKind.Boolean:
                    schema.Type = JsonObjectType.Boolean | orNull;
                    return;
                case WireShapeKind.String or WireShapeKind.Path or WireShapeKind.AbsolutePath:
                    schema.Type = JsonObjectType.String | orNull;
                    return;
                case WireShapeKind.Integer:
                    schema.Type = JsonObjectType.Integer | orNull;
                    schema.Format = "int64";
                    return;
                case WireShapeKind.Sequence:
                    schema.Type = JsonObjectType.Array | orNull;
                    schema.Item = new JsonSchema();
                    Describe(shape.Item!, schema.Item);
                    return;
                case WireShapeKind.Map:
                    schema.Type = JsonObjectType.Object | orNull;
                    schema.AdditionalPropertiesSchema = new JsonSchema();
                    Describe(shape.Item!, schema.AdditionalPropertiesSchema);
                    return;
                case WireShapeKind.Struct or WireShapeKind.TaggedEnum:
                    schema.Type = JsonObjectType.Object | orNull;
                    schema.Title = shape.Name;
                    return;
                case WireShapeKind.Enum:
                    schema.Title = shape.Name;
                    var names = new JsonSchema { Type = JsonObjectType.String };
                    foreach (var variant in shape.Variants)
                    {
                        names.Enumeration.Add(variant);
                    }

                    schema.OneOf.Add(names);
                    schema.OneOf.Add(new JsonSchema { Type = JsonObjectType.Object, MinProperties = 1, MaxProperties = 1 });
                    if (shape.Nullable)
                    {
                        schema.OneOf.Add(new JsonSchema { Type = JsonObjectType.Null });
                    }

                    return;
                case WireShapeKind.UntaggedEnum:
                    schema.Title = shape.Name;
                    schema.Type = shape.Variants.Aggregate(orNull, (type, kind) => type | kind switch
                    {
                        "string" => JsonObjectType.String,
                        "number" => JsonObjectType.Number,
                        "bool" => JsonObjectType.Boolean,
                        "sequence" => JsonObjectType.Array,
                        "map" => JsonObjectType.Object,
                        _ => JsonObjectType.None,
                    });
                    return;
            }
        }
    }
}
