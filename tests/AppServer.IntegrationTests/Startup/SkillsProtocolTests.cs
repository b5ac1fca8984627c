using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Startup;

/// <summary>skills/list, skills/config/write, skills/extraRoots/set and skills/changed as a client sees them.</summary>
public sealed class SkillsProtocolTests
{
    private static void WriteSkill(string folder, string name, string description)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "SKILL.md"), $"---\nname: {name}\ndescription: {description}\n---\nbody\n");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Enablement_is_written_to_config_toml_and_reflected_in_the_list(string transport)
    {
        var options = new TestServerOptions();
        WriteSkill(Path.Combine(options.CodexHome, "skills", "alpha"), "alpha", "first");
        await using var session = await ServerSession.StartAsync(transport, options);
        var (server, client) = session;

        var write = await client.CallAsync("skills/config/write", new JsonObject { ["name"] = "alpha", ["enabled"] = false });
        ((bool)write["effectiveEnabled"]!).Should().BeFalse();

        var list = await client.CallAsync("skills/list", new JsonObject { ["cwds"] = new JsonArray(server.WorkDir) });
        var skill = list["data"]![0]!["skills"]!.AsArray().Single(s => (string?)s!["name"] == "alpha")!;
        ((bool)skill["enabled"]!).Should().BeFalse();
        ((string?)skill["scope"]).Should().Be("user");
        File.ReadAllText(Path.Combine(server.CodexHome, "config.toml")).Should().Contain("alpha");

        var neither = await client.RequestAsync("skills/config/write", new JsonObject { ["enabled"] = true });
        ((int)neither["error"]!["code"]!).Should().Be(-32602);
        ((string?)neither["error"]!["message"]).Should().Be("skills/config/write requires exactly one of path or name");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Extra_roots_and_file_changes_show_up_with_skills_changed(string transport)
    {
        var options = new TestServerOptions();
        var extra = Path.Combine(options.Root, "extra-skills");
        WriteSkill(Path.Combine(extra, "beta"), "beta", "from an extra root");
        await using var session = await ServerSession.StartAsync(transport, options);
        var (server, client) = session;

        (await client.CallAsync("skills/extraRoots/set", new JsonObject { ["extraRoots"] = new JsonArray(extra) })).AsObject().Should().BeEmpty();
        var names = await Names(client);
        names.Should().Contain("beta");
        names.Should().NotContain("gamma");

        WriteSkill(Path.Combine(server.CodexHome, "skills", "gamma"), "gamma", "added while running");
        await client.WaitForNotificationAsync("skills/changed");

        (await Names(client)).Should().Contain("gamma");
    }

    private static async Task<List<string?>> Names(RpcClient client)
    {
        var list = await client.CallAsync("skills/list", new JsonObject());
        return list["data"]![0]!["skills"]!.AsArray().Select(s => (string?)s!["name"]).ToList();
    }
}
