using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Scenarios;

/// <summary>Conformance scenario a_handshake, as our own test: the initialize gate and bad requests.</summary>
public sealed class HandshakeScenarioTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Initialize_gate_errors_and_malformed_lines(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport, initialize: false);
        var (server, client) = session;
        var s = new ScenarioSession(client, server);

        await s.ExpectErrorAsync("thread/list", new JsonObject(), -32600, "Not initialized");
        await s.ExpectErrorAsync("model/list", new JsonObject(), -32600, "Not initialized");
        await s.ExpectErrorAsync("initialize", new JsonObject(), -32600, "clientInfo");

        var init = await s.CallAsync("initialize", new JsonObject
        {
            ["clientInfo"] = new JsonObject { ["name"] = "harness_client", ["title"] = "Harness", ["version"] = "9.8.7" },
        });
        foreach (var key in new[] { "userAgent", "codexHome", "platformFamily", "platformOs" })
        {
            ((string?)init[key]).Should().NotBeNullOrEmpty(key);
        }

        ((string)init["userAgent"]!).Should().StartWith("harness_client/").And.Contain("harness_client; 9.8.7");
        Path.GetFullPath((string)init["codexHome"]!).Should().Be(Path.GetFullPath(server.CodexHome));
        ((string)init["platformFamily"]!).Should().Be("unix");
        ((string)init["platformOs"]!).Should().Be("linux");
        await client.NotifyAsync("initialized");

        await s.ExpectErrorAsync("initialize", new JsonObject { ["clientInfo"] = new JsonObject { ["name"] = "again", ["version"] = "1" } }, -32600, "Already initialized");
        await s.ExpectErrorAsync("foo/bar", new JsonObject(), -32600, "foo/bar");
        await s.ExpectErrorAsync("thread/loaded/list", null, -32600, "params", omitParams: true);
        await s.ExpectErrorAsync("thread/read", new JsonObject(), -32600, "threadId");
        (await s.RequestAsync("configRequirements/read", omitParams: true))["error"].Should().BeNull("a method whose params type is null accepts a missing params member");

        var before = client.Received.Count;
        await client.SendRawAsync("{not json");
        await client.SendRawAsync("{\"id\": 4242");
        var after = await s.RequestAsync("thread/loaded/list", new JsonObject());
        after["result"]!["data"].Should().BeOfType<JsonArray>();
        client.Received.Skip(before).Where(m => m["id"] is not null && m["method"] is null && m["id"]!.ToJsonString() != after["id"]!.ToJsonString())
            .Should().BeEmpty("malformed lines get no reply");
        server.HasExited.Should().BeFalse("the server survives malformed input");

        var stringId = await client.RequestAsync("thread/loaded/list", new JsonObject(), id: "str-id-1");
        ((string)stringId["id"]!).Should().Be("str-id-1");
        stringId["error"].Should().BeNull();

        await s.AssertSchemaValidAsync();
    }
}
