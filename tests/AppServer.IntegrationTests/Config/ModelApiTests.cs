using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Config;

/// <summary>model/list, modelProvider/*, experimentalFeature/* and permissionProfile/list as a client sees them.</summary>
public sealed class ModelApiTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Model_list_pages_the_catalog(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport);
        var (server, client) = session;

        var all = await client.CallAsync("model/list", new JsonObject());
        var visible = all["data"]!.AsArray();
        visible.Select(m => m!["id"]!.GetValue<string>()).Should().Contain("gpt-5.5").And.NotContain("codex-auto-review");
        visible[0]!["id"]!.GetValue<string>().Should().Be("gpt-6.1-sol");
        visible.Count(m => m!["isDefault"]!.GetValue<bool>()).Should().Be(1);
        all["nextCursor"].Should().BeNull();
        var gpt55 = visible.Single(m => m!["id"]!.GetValue<string>() == "gpt-5.5")!;
        gpt55["upgrade"]!.GetValue<string>().Should().Be("gpt-6-sol");
        gpt55["supportedReasoningEfforts"]!.AsArray().Should().NotBeEmpty();

        var hidden = await client.CallAsync("model/list", new JsonObject { ["includeHidden"] = true });
        hidden["data"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()).Should().Contain("codex-auto-review");

        var first = await client.CallAsync("model/list", new JsonObject { ["limit"] = 2 });
        first["data"]!.AsArray().Should().HaveCount(2);
        var cursor = first["nextCursor"]!.GetValue<string>();
        var second = await client.CallAsync("model/list", new JsonObject { ["limit"] = 2, ["cursor"] = cursor });
        second["data"]![0]!["id"]!.GetValue<string>().Should().Be(visible[2]!["id"]!.GetValue<string>());

        var bad = await client.RequestAsync("model/list", new JsonObject { ["cursor"] = "bogus" });
        bad["error"]!["message"]!.GetValue<string>().Should().Be("invalid cursor: bogus");
    }

    [Fact]
    public async Task Model_catalog_json_adds_models()
    {
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);
        var catalog = Path.Combine(options.CodexHome, "extra-models.json");
        File.WriteAllText(catalog, """{"models":[{"slug":"local-llm","display_name":"Local LLM","description":"mine","default_reasoning_level":"medium","supported_reasoning_levels":[{"effort":"medium","description":"m"}],"visibility":"list","priority":0}]}""");
        File.WriteAllText(Path.Combine(options.CodexHome, "config.toml"), $"model_catalog_json = \"{catalog}\"\n");
        await using var session = await ServerSession.StartAsync("stdio", options);
        var (server, client) = session;

        var list = await client.CallAsync("model/list", new JsonObject());
        var first = list["data"]![0]!;
        first["id"]!.GetValue<string>().Should().Be("local-llm");
        first["displayName"]!.GetValue<string>().Should().Be("Local LLM");
    }

    [Fact]
    public async Task Providers_features_and_permission_profiles()
    {
        var options = new TestServerOptions
        {
            ExtraArgs = ["-c", "model_providers.mock.name=\"Mock\"", "-c", "model_providers.mock.base_url=\"http://127.0.0.1:9/v1\"", "-c", "model_providers.keyed.env_key=\"KEYED_TOKEN\""],
        };
        await using var session = await ServerSession.StartAsync("stdio", options);
        var (server, client) = session;

        var providers = await client.CallAsync("modelProvider/list", new JsonObject());
        providers["defaultProviderId"]!.GetValue<string>().Should().Be("openai");
        var data = providers["data"]!.AsArray();
        data.Select(p => p!["id"]!.GetValue<string>()).Should().Equal("keyed", "mock", "openai");
        data[1]!["baseUrl"]!.GetValue<string>().Should().Be("http://127.0.0.1:9/v1");
        data[1]!["settings"]!.ToJsonString().Should().Be("{\"type\":\"customGateway\",\"auth\":{\"mode\":\"none\"}}");
        data[0]!["settings"]!["auth"]!.ToJsonString().Should().Be("{\"mode\":\"environmentVariable\",\"envKey\":\"KEYED_TOKEN\"}");
        data[2]!["settings"]!.ToJsonString().Should().Be("{\"type\":\"openai\"}");

        var caps = await client.CallAsync("modelProvider/capabilities/read", new JsonObject());
        caps["webSearch"]!.GetValue<bool>().Should().BeTrue();

        var features = await client.CallAsync("experimentalFeature/list", new JsonObject());
        var memories = features["data"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "memories")!;
        memories["enabled"]!.GetValue<bool>().Should().BeFalse();
        var set = await client.CallAsync("experimentalFeature/enablement/set", new JsonObject { ["enablement"] = new JsonObject { ["memories"] = true } });
        set["enablement"]!["memories"]!.GetValue<bool>().Should().BeTrue();
        features = await client.CallAsync("experimentalFeature/list", new JsonObject());
        features["data"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "memories")!["enabled"]!.GetValue<bool>().Should().BeTrue();

        var profiles = await client.CallAsync("permissionProfile/list", new JsonObject());
        profiles["data"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).Should().Equal(":read-only", ":workspace", ":danger-full-access");
    }
}
