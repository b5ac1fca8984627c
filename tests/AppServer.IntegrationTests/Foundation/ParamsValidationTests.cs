using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Foundation;

/// <summary>
/// Client mistakes come back as -32600 with serde's wording (as the reference answers them), never as -32603,
/// never as success, and never take the server down. The table-driven test walks every registered method and
/// every top-level field of its params, as described by the checked-in generated schema (schema/experimental).
/// </summary>
public sealed class ParamsValidationTests
{
    /// <summary>Fields whose wire type is "any JSON value" in the reference too, so no value is the wrong type.</summary>
    private static readonly HashSet<string> AnyJsonFields =
    [
        "turn/start.outputSchema",   // a JSON Schema: any JSON value
        "config/value/write.value",  // a config value: any JSON value
    ];

    private static readonly JsonNode?[] WrongValueCandidates = [JsonValue.Create(5), JsonValue.Create("wrong"), JsonValue.Create(true), new JsonArray()];

    [Fact]
    public async Task Every_field_of_every_method_rejects_a_wrong_json_type()
    {
        await using var session = await ServerSession.StartAsync("stdio", experimentalApi: true);
        var (server, client) = session;

        var schemaRoot = Path.Combine(RepoRoot(), "schema", "experimental");
        var methods = JsonNode.Parse(File.ReadAllText(Path.Combine(schemaRoot, "methods.json")))!["clientRequests"]!.AsArray();
        methods.Count.Should().BeGreaterThan(80, "the registry lists every client method");

        var failures = new List<string>();
        var checkedFields = 0;
        foreach (var method in methods.Select(m => m!.AsObject()))
        {
            var name = method["method"]!.GetValue<string>();
            if (method["params"]?.GetValue<string>() is not { } paramsType || name == "initialize")
            {
                continue; // no params (see the unit test below); initialize is covered by the handshake tests
            }

            var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(schemaRoot, "v2", paramsType + ".json")))!.AsObject();
            foreach (var (field, fieldSchema) in schema["properties"]?.AsObject() ?? [])
            {
                if (AnyJsonFields.Contains($"{name}.{field}"))
                {
                    continue;
                }

                var allowed = AllowedKinds(fieldSchema!, schema);
                if (allowed is null)
                {
                    failures.Add($"{name}.{field}: declared as any JSON value, so a wrong type is never rejected");
                    continue;
                }

                var wrong = WrongValueCandidates.FirstOrDefault(v => !allowed.Contains(Kind(v)));
                if (wrong is null)
                {
                    continue; // accepts every candidate kind (e.g. a string-or-sequence-or-number union)
                }

                checkedFields++;
                var response = await client.RequestAsync(name, new JsonObject { [field] = wrong.DeepClone() });
                var error = response["error"];
                var message = error?["message"]?.GetValue<string>() ?? "";
                var code = error?["code"]?.GetValue<int>();
                if (code != -32600 || !(message.StartsWith($"Invalid request: invalid type: {SerdeDescription(wrong)}, expected ", StringComparison.Ordinal)
                    || message.StartsWith("Invalid request: data did not match any variant of untagged enum ", StringComparison.Ordinal)))
                {
                    failures.Add($"{name}.{field} = {wrong.ToJsonString()}: {(error is null ? "accepted: " + response["result"]?.ToJsonString() : error.ToJsonString())}");
                }
            }
        }

        server.HasExited.Should().BeFalse();
        failures.Should().BeEmpty();
        checkedFields.Should().BeGreaterThan(250, "every typed top-level field of every method is tried");
        (await client.CallAsync("thread/start", new JsonObject()))["thread"]!["id"]!.GetValue<string>().Should().NotBeEmpty("the server still serves normal requests");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Methods_without_params_reject_non_empty_params_like_the_reference(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport);
        var (server, client) = session;

        var methods = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "schema", "experimental", "methods.json")))!["clientRequests"]!.AsArray()
            .Where(m => m!["params"] is null).Select(m => m!["method"]!.GetValue<string>()).ToList();
        methods.Should().Contain(["account/logout", "configRequirements/read", "windowsSandbox/readiness"]);

        foreach (var method in methods)
        {
            var map = await client.RequestAsync(method, new JsonObject { ["unexpected"] = 1 });
            map["error"]?["code"]?.GetValue<int>().Should().Be(-32600, method);
            map["error"]!["message"]!.GetValue<string>().Should().Be("Invalid request: invalid type: map, expected unit", method);

            var number = await client.RequestAsync(method, JsonValue.Create(42));
            number["error"]!["message"]!.GetValue<string>().Should().Be("Invalid request: invalid type: integer `42`, expected unit", method);

            var sequence = await client.RequestAsync(method, new JsonArray(1));
            sequence["error"]!["message"]!.GetValue<string>().Should().Be("Invalid request: invalid type: sequence, expected unit", method);

            // `{}` and an omitted `params` are unit as far as serde is concerned.
            var empty = await client.RequestAsync(method, new JsonObject());
            (empty["error"]?["message"]?.GetValue<string>() ?? "").Should().NotContain("expected unit", method);
            var omitted = await client.RequestAsync(method, omitParams: true);
            (omitted["error"]?["message"]?.GetValue<string>() ?? "").Should().NotContain("expected unit", method);
        }
    }

    [Theory]
    [InlineData("thread/start", """{"permissions":5}""", "invalid type: integer `5`, expected a string")]
    [InlineData("thread/start", """{"environments":"x"}""", "invalid type: string \"x\", expected a sequence")]
    [InlineData("thread/start", """{"environments":[5]}""", "invalid type: integer `5`, expected struct TurnEnvironmentParams")]
    [InlineData("thread/start", """{"runtimeWorkspaceRoots":[5]}""", "invalid type: integer `5`, expected path string")]
    [InlineData("thread/start", """{"runtimeWorkspaceRoots":["relative/dir"]}""", "AbsolutePathBuf deserialized without a base path")]
    [InlineData("thread/start", """{"historyMode":5}""", "invalid type: integer `5`, expected string or map")]
    [InlineData("thread/start", """{"historyMode":"bogus"}""", "unknown variant `bogus`, expected `legacy` or `paginated`")]
    [InlineData("thread/start", """{"allowProviderModelFallback":null}""", "invalid type: null, expected a boolean")]
    [InlineData("thread/start", """{"dynamicTools":[5]}""", "invalid type: integer `5`, expected struct LegacyDynamicToolSpec")]
    [InlineData("thread/start", """{"config":5}""", "invalid type: integer `5`, expected a map")]
    [InlineData("turn/start", """{"collaborationMode":5,"threadId":"t","input":[]}""", "invalid type: integer `5`, expected struct CollaborationMode")]
    [InlineData("turn/start", """{"additionalContext":5,"threadId":"t","input":[]}""", "invalid type: integer `5`, expected a map")]
    [InlineData("turn/start", """{"additionalContext":{"a":5},"threadId":"t","input":[]}""", "invalid type: integer `5`, expected struct AdditionalContextEntry")]
    [InlineData("turn/start", """{"responsesapiClientMetadata":{"a":5},"threadId":"t","input":[]}""", "invalid type: integer `5`, expected a string")]
    [InlineData("thread/list", """{"parentThreadId":5}""", "invalid type: integer `5`, expected a string")]
    [InlineData("thread/list", """{"includeAttachedThreads":null}""", "invalid type: null, expected a boolean")]
    [InlineData("thread/list", """{"cwd":123}""", "data did not match any variant of untagged enum ThreadListCwdFilter")]
    [InlineData("thread/resume", """{"threadId":"t","history":[5]}""", "invalid type: integer `5`, expected internally tagged enum ResponseItem")]
    [InlineData("thread/items/list", """{"threadId":"t","cursor":5}""", "data did not match any variant of untagged enum ThreadItemsListCursor")]
    [InlineData("command/exec", """{"command":["true"],"sandboxPolicy":5}""", "invalid type: integer `5`, expected internally tagged enum SandboxPolicyDeserialize")]
    [InlineData("thread/start", """{"approvalPolicy":5}""", "invalid type: integer `5`, expected string or map")]
    [InlineData("thread/start", """{"sandbox":5}""", "invalid type: integer `5`, expected string or map")]
    [InlineData("thread/start", """{"approvalPolicy":{"x":2}}""", "unknown variant `x`, expected one of `untrusted`, `on-request`, `granular`, `never`")]
    [InlineData("thread/start", """{"approvalPolicy":{}}""", "invalid value: map, expected map with a single key")]
    [InlineData("thread/start", """{"approvalPolicy":{"granular":5}}""", "invalid type: integer `5`, expected struct variant")]
    public async Task Leniently_kept_fields_are_type_checked_with_the_reference_wording(string method, string @params, string detail)
    {
        await using var session = await ServerSession.StartAsync("stdio", experimentalApi: true);
        var (server, client) = session;

        var response = await client.RequestAsync(method, JsonNode.Parse(@params));
        response["error"]?["code"]?.GetValue<int>().Should().Be(-32600, response.ToJsonString());
        response["error"]!["message"]!.GetValue<string>().Should().Be("Invalid request: " + detail);
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Lone_surrogates_get_an_invalid_request_naming_the_field_and_the_connection_carries_on(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport);
        var (server, client) = session;

        // Raw text: the escapes must reach the server as written (a JSON library would refuse to encode them).
        (await RawRequestAsync(client, "s1", """{"id":"s1","method":"thread/start","params":{"model":"\ud800"}}"""))
            .Should().Be("Invalid request: lone surrogate `\\ud800` in `model`");
        (await RawRequestAsync(client, "s2", """{"id":"s2","method":"thread/list","params":{"searchTerm":"a\udc00b"}}"""))
            .Should().Be("Invalid request: lone surrogate `\\udc00` in `searchTerm`");
        (await RawRequestAsync(client, "s3", """{"id":"s3","method":"turn/start","params":{"threadId":"t","input":[{"type":"text","text":"ok \ud83d\ude00 then \uD83D"}]}}"""))
            .Should().Be("Invalid request: lone surrogate `\\uD83D` in `input[0].text`");
        (await RawRequestAsync(client, "s4", """{"id":"s4","method":"fs/readFile","params":{"path":"/tmp/\ud800"}}"""))
            .Should().Be("Invalid request: lone surrogate `\\ud800` in `path`");
        (await RawRequestAsync(client, "s5", """{"id":"s5","method":"thread/start","params":{"config":{"\udfff":1}}}"""))
            .Should().Be("Invalid request: lone surrogate `\\udfff` in a field name in `config`");

        // A valid pair and an escaped backslash before `ud800` are fine.
        var pair = await RawResponseAsync(client, "s6", """{"id":"s6","method":"thread/start","params":{"developerInstructions":"\ud83d\ude00 \\ud800"}}""");
        pair["result"]!["thread"].Should().NotBeNull(pair.ToJsonString());

        // In the envelope there is no field to blame and no id to answer: like the reference, the line is dropped.
        await client.SendRawAsync("""{"id":"\ud800","method":"thread/start","params":{}}""");
        await client.SendRawAsync("""{"id":"s7","method":"thread/st\ud800art","params":{}}""");

        (await client.CallAsync("thread/start", new JsonObject()))["thread"]!["id"]!.GetValue<string>().Should().NotBeEmpty();
        server.HasExited.Should().BeFalse();
        client.Received.Should().NotContain(m => m["id"] != null && m["id"]!.ToJsonString() == "\"s7\"");
        client.Received.Should().NotContain(m => m["error"] != null && m["error"]!["code"]!.GetValue<int>() == -32603);
    }

    [Theory]
    [InlineData("fs/readFile", """{"path":"/tmp/a\u0000b"}""", "path")]
    [InlineData("fs/writeFile", """{"path":"/tmp/a\u0000b","dataBase64":""}""", "path")]
    [InlineData("fs/getMetadata", """{"path":"/tmp/a\u0000b"}""", "path")]
    [InlineData("command/exec", """{"command":["true"],"cwd":"/tmp/a\u0000b"}""", "cwd")]
    [InlineData("command/exec", """{"command":["ls","-l\u0000"]}""", "command[1]")]
    [InlineData("thread/start", """{"cwd":"/tmp/a\u0000b"}""", "cwd")]
    [InlineData("thread/start", """{"runtimeWorkspaceRoots":["/tmp/a\u0000b"]}""", "runtimeWorkspaceRoots[0]")]
    [InlineData("fuzzyFileSearch", """{"query":"a","roots":["/tmp/a\u0000b"]}""", "roots[0]")]
    [InlineData("skills/list", """{"cwds":["/tmp","/tmp/a\u0000b"]}""", "cwds[1]")]
    [InlineData("feedback/save", """{"classification":"bug","savePath":"/tmp/a\u0000b.zip"}""", "savePath")]
    public async Task A_nul_byte_in_a_path_or_argument_is_an_invalid_request_naming_the_field(string method, string @params, string field)
    {
        await using var session = await ServerSession.StartAsync("stdio", experimentalApi: true);
        var (server, client) = session;

        var response = await client.RequestAsync(method, JsonNode.Parse(@params));
        response["error"]?["code"]?.GetValue<int>().Should().Be(-32600, response.ToJsonString());
        response["error"]!["message"]!.GetValue<string>().Should().Be($"Invalid request: unexpected NUL byte in `{field}`");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Fuzzed_params_never_crash_the_server_or_come_back_as_internal_errors(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport, experimentalApi: true);
        var (server, client) = session;

        string[] lines =
        [
            """{"id":"f1","method":"thread/start","params":{"dynamicTools":[5,{"name":"x"}]}}""",
            """{"id":"f2","method":"thread/start","params":{"model":"\ud800\ud800","cwd":"\u0000"}}""",
            """{"id":"f3","method":"turn/start","params":{"threadId":"\udbff","input":"x"}}""",
            """{"id":"f4","method":"command/exec","params":{"command":[],"env":{"\ud800":"x"}}}""",
            """{"id":"f5","method":"fs/readFile","params":{"path":{"nested":[1,2,{"\udc00":null}]}}}""",
            """{"id":"f6","method":"thread/list","params":{"cwd":[1,"a"],"limit":-1}}""",
            """{"id":"f7","method":"account/logout","params":[{"\ud800":1}]}""",
            """{"id":"f8","method":"config/value/write","params":{"keyPath":"model","value":"\ud800","mergeStrategy":"replace"}}""",
            """{"id":"f9","method":"thread/items/list","params":{"threadId":"x","cursor":{"\ud800":true}}}""",
            """{"id":"f10","method":"fuzzyFileSearch","params":{"query":"\u0000","roots":"/"}}""",
        ];
        foreach (var line in lines)
        {
            var id = JsonNode.Parse(line.Replace("\\u", "u", StringComparison.Ordinal))!["id"]!.GetValue<string>();
            var response = await RawResponseAsync(client, id, line);
            response["error"]?["code"]?.GetValue<int>().Should().Be(-32600, line + " => " + response.ToJsonString());
        }

        (await client.CallAsync("thread/start", new JsonObject()))["thread"]!["id"]!.GetValue<string>().Should().NotBeEmpty();
        server.HasExited.Should().BeFalse();
    }

    /// <summary>The JSON kinds a property schema admits, or <c>null</c> when it admits any JSON value.</summary>
    private static HashSet<string>? AllowedKinds(JsonNode schema, JsonObject root, int depth = 0)
    {
        if (depth > 16 || schema is not JsonObject obj)
        {
            return null; // `true` or a cycle: anything
        }

        if (obj["$ref"]?.GetValue<string>() is { } reference)
        {
            var definition = root["definitions"]?[reference.Split('/')[^1]];
            return definition is null ? null : AllowedKinds(definition, root, depth + 1);
        }

        var kinds = new HashSet<string>();
        if (obj["type"] is JsonValue single)
        {
            kinds.Add(single.GetValue<string>());
        }
        else if (obj["type"] is JsonArray many)
        {
            kinds.UnionWith(many.Select(t => t!.GetValue<string>()));
        }
        else if (obj["enum"] is not null)
        {
            kinds.Add("string");
        }

        foreach (var keyword in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (obj[keyword] is JsonArray branches)
            {
                foreach (var branch in branches)
                {
                    if (AllowedKinds(branch!, root, depth + 1) is not { } branchKinds)
                    {
                        return null;
                    }

                    kinds.UnionWith(branchKinds);
                }
            }
        }

        if (kinds.Contains("integer"))
        {
            kinds.Add("number");
        }

        return kinds.Count == 0 ? null : kinds;
    }

    private static string Kind(JsonNode? value) => value switch
    {
        JsonArray => "array",
        JsonObject => "object",
        JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
        JsonValue v when v.TryGetValue<int>(out _) => "number",
        _ => "string",
    };

    private static string SerdeDescription(JsonNode value) => Kind(value) switch
    {
        "number" => $"integer `{value.GetValue<int>()}`",
        "boolean" => $"boolean `{(value.GetValue<bool>() ? "true" : "false")}`",
        "array" => "sequence",
        "object" => "map",
        _ => $"string \"{value.GetValue<string>()}\"",
    };

    private static async Task<string> RawRequestAsync(RpcClient client, string id, string line)
    {
        var response = await RawResponseAsync(client, id, line);
        response["error"]?["code"]?.GetValue<int>().Should().Be(-32600, response.ToJsonString());
        return response["error"]!["message"]!.GetValue<string>();
    }

    private static async Task<JsonObject> RawResponseAsync(RpcClient client, string id, string line)
    {
        await client.SendRawAsync(line);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (client.Received.FirstOrDefault(m => m["id"]?.ToJsonString() == $"\"{id}\"" && m["method"] is null) is { } found)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"no response with id {id}");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AppServer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
