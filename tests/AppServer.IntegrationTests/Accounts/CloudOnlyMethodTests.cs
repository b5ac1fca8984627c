using System.Text.Json.Nodes;
using AppServer.IntegrationTests.Startup;

namespace AppServer.IntegrationTests.Accounts;

/// <summary>
/// The methods that need the OpenAI service (ChatGPT account reads, credits, gateway OAuth, feedback upload) and
/// the Windows sandbox: registered, answered like the reference 0.169.0 (empty results or -32600), never
/// "method not found". Every result and notification is checked against the reference schema.
/// </summary>
public sealed class CloudOnlyMethodTests
{
    private const string SomeUuid = "0199a1c0-0000-7000-8000-000000000000";

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Signed_out_account_reads_are_refused_with_the_reference_messages(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport, experimentalApi: true);
        var (server, client) = session;

        await ExpectError(client, "account/rateLimits/read", null, "codex account authentication required to read rate limits");
        await ExpectError(client, "account/rateLimits/read", new JsonObject { ["excludeResetCreditDetails"] = true }, "codex account authentication required to read rate limits");
        await ExpectError(client, "account/usage/read", null, "codex account authentication required to read token usage");
        await ExpectError(client, "account/usage/read", new JsonObject { ["threadId"] = SomeUuid }, "codex account authentication required to read token usage");
        await ExpectError(client, "account/usage/read", new JsonObject { ["threadId"] = "x" },
            "invalid thread id: invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `x` at 1");
        await ExpectError(client, "account/workspaceMessages/read", null, "codex account authentication required to read workspace messages");
        await ExpectError(client, "account/sendAddCreditsNudgeEmail", new JsonObject { ["creditType"] = "credits" }, "codex account authentication required to notify workspace owner");
        await ExpectError(client, "account/sendAddCreditsNudgeEmail", new JsonObject { ["creditType"] = "bogus" },
            "Invalid request: unknown variant `bogus`, expected `credits` or `usage_limit`");
        await ExpectError(client, "account/rateLimitResetCredit/consume", new JsonObject(), "Invalid request: missing field `idempotencyKey`");
        await ExpectError(client, "account/rateLimitResetCredit/consume", new JsonObject { ["idempotencyKey"] = "k1" }, "codex account authentication required for rate limit reset credits");
        await ExpectError(client, "account/login/cancel", new JsonObject { ["loginId"] = "abc" }, "invalid login id: abc");
        await ExpectError(client, "account/gatewayOAuth/login", null, "The selected provider does not use gateway OAuth");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task After_an_api_key_login_the_refusals_ask_for_chatgpt(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport, experimentalApi: true);
        var (server, client) = session;
        await client.CallAsync("account/login/start", new JsonObject { ["type"] = "apiKey", ["apiKey"] = "sk-test" });

        await ExpectError(client, "account/rateLimits/read", null, "chatgpt authentication required to read rate limits");
        await ExpectError(client, "account/usage/read", null, "chatgpt authentication required to read token usage");
        await ExpectError(client, "account/workspaceMessages/read", null, "chatgpt authentication required to read workspace messages");
        await ExpectError(client, "account/sendAddCreditsNudgeEmail", new JsonObject { ["creditType"] = "usage_limit" }, "chatgpt authentication required to notify workspace owner");
        await ExpectError(client, "account/rateLimitResetCredit/consume", new JsonObject { ["idempotencyKey"] = "k" }, "chatgpt authentication required for rate limit reset credits");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Reads_with_an_empty_answer_give_it(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport, experimentalApi: true);
        var (server, client) = session;
        var responses = new List<(string, JsonObject)>();

        (await Result(client, responses, "account/securitySetup/read", null)).ToJsonString().Should().Be("""{"notice":null}""");
        (await Result(client, responses, "account/login/cancel", new JsonObject { ["loginId"] = SomeUuid })).ToJsonString().Should().Be("""{"status":"notFound"}""");
        (await Result(client, responses, "account/gatewayOAuth/cancel", null)).ToJsonString().Should().Be("{}");
        (await Result(client, responses, "windowsSandbox/readiness", null)).ToJsonString().Should().Be("""{"status":"notConfigured"}""");
        var gateway = await Result(client, responses, "account/gatewayOAuth/read", null);
        gateway.ToJsonString().Should().Be("""{"providerId":"openai","providerName":"OpenAI","required":false,"supportsDeviceAuth":false,"status":null,"error":null}""");

        (await ReferenceSchemaValidator.ValidateAsync(responses, [])).Should().BeEmpty();
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Gateway_oauth_read_reports_the_configured_provider(string transport)
    {
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);
        await File.WriteAllTextAsync(Path.Combine(options.CodexHome, "config.toml"), """
            model_provider = "mine"

            [model_providers.mine]
            name = "My Provider"
            base_url = "http://127.0.0.1:9/v1"
            """);
        await using var session = await ServerSession.StartAsync(transport, options, experimentalApi: true);
        var (server, client) = session;
        var responses = new List<(string, JsonObject)>();

        var mine = await Result(client, responses, "account/gatewayOAuth/read", null);
        mine["providerId"]!.GetValue<string>().Should().Be("mine");
        mine["providerName"]!.GetValue<string>().Should().Be("My Provider");
        mine["required"]!.GetValue<bool>().Should().BeFalse();
        var ollama = await Result(client, responses, "account/gatewayOAuth/read", new JsonObject { ["modelProvider"] = "ollama" });
        ollama["providerId"]!.GetValue<string>().Should().Be("ollama");
        ollama["providerName"]!.GetValue<string>().Should().Be("gpt-oss");
        (await ReferenceSchemaValidator.ValidateAsync(responses, [])).Should().BeEmpty();

        foreach (var method in new[] { "account/gatewayOAuth/read", "account/gatewayOAuth/login" })
        {
            var unknown = await client.RequestAsync(method, new JsonObject { ["modelProvider"] = "nope" });
            unknown["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
            unknown["error"]!["message"]!.GetValue<string>().Should()
                .Be("This chat uses model provider \u201cnope\u201d, which is no longer configured. Restore this provider\u2019s configuration to continue.");
            unknown["error"]!["data"]!.ToJsonString().Should().Be("""{"type":"modelProviderNotConfigured","modelProvider":"nope"}""");
        }

        await ExpectError(client, "account/gatewayOAuth/login", new JsonObject { ["modelProvider"] = "mine" }, "The selected provider does not use gateway OAuth");
    }

    [Theory]
    [InlineData("stdio", "elevated", "elevated Windows sandbox setup is only supported on Windows")]
    [InlineData("ws", "elevated", "elevated Windows sandbox setup is only supported on Windows")]
    [InlineData("stdio", "unelevated", "legacy Windows sandbox setup is only supported on Windows")]
    [InlineData("ws", "unelevated", "legacy Windows sandbox setup is only supported on Windows")]
    public async Task Windows_sandbox_setup_starts_then_reports_that_it_needs_windows(string transport, string mode, string error)
    {
        await using var session = await ServerSession.StartAsync(transport, experimentalApi: true);
        var (server, client) = session;

        var response = await client.RequestAsync("windowsSandbox/setupStart", new JsonObject { ["mode"] = mode, ["cwd"] = server.WorkDir });
        response["result"]!.ToJsonString().Should().Be("""{"started":true}""");
        var completed = await client.WaitForNotificationAsync("windowsSandbox/setupCompleted");
        completed["params"]!.ToJsonString().Should().Be($$"""{"mode":"{{mode}}","success":false,"error":"{{error}}"}""");

        var received = client.Received.ToList();
        received.FindIndex(m => m["id"]?.ToJsonString() == response["id"]!.ToJsonString() && m.ContainsKey("result"))
            .Should().BeLessThan(received.FindIndex(m => (string?)m["method"] == "windowsSandbox/setupCompleted"), "the outcome follows the response");
        (await ReferenceSchemaValidator.ValidateAsync([("windowsSandbox/setupStart", response)], [completed])).Should().BeEmpty();

        await ExpectError(client, "windowsSandbox/setupStart", new JsonObject { ["mode"] = mode, ["cwd"] = "relative" },
            "Invalid request: AbsolutePathBuf deserialized without a base path");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Feedback_upload_is_refused_because_it_needs_the_openai_service(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport, experimentalApi: true);
        var (server, client) = session;

        var refused = await client.RequestAsync("feedback/upload", new JsonObject { ["classification"] = "bug", ["includeLogs"] = false });
        refused["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
        refused["error"]!["message"]!.GetValue<string>().Should().Contain("feedback upload needs the OpenAI service");
        await ExpectError(client, "feedback/upload", new JsonObject(), "Invalid request: missing field `classification`");
    }

    private static async Task ExpectError(RpcClient client, string method, JsonObject? @params, string message)
    {
        var response = await client.RequestAsync(method, @params, omitParams: @params is null);
        response["error"].Should().NotBeNull($"{method} should be refused: {response.ToJsonString()}");
        response["error"]!["code"]!.GetValue<int>().Should().Be(-32600, method);
        response["error"]!["message"]!.GetValue<string>().Should().Be(message, method);
    }

    private static async Task<JsonNode> Result(RpcClient client, List<(string, JsonObject)> responses, string method, JsonObject? @params)
    {
        var response = await client.RequestAsync(method, @params, omitParams: @params is null);
        response["error"].Should().BeNull($"{method} should succeed: {response.ToJsonString()}");
        responses.Add((method, response));
        return response["result"]!;
    }
}
