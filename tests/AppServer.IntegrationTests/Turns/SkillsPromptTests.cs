using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;

namespace AppServer.IntegrationTests.Turns;

/// <summary>Enabled skills are listed to the model in the developer message; disabled ones are not.</summary>
public sealed class SkillsPromptTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Enabled_skills_are_listed_in_the_developer_message(string transport)
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        var options = new TestServerOptions();
        WriteSkill(options.CodexHome, "greeter", "Greets people warmly");
        WriteSkill(options.CodexHome, "silent", "Never used");
        var silentPath = Path.Combine(options.CodexHome, "skills", "silent", "SKILL.md");
        // Array tables last: keys after a [[table]] header belong to it.
        File.WriteAllText(Path.Combine(options.CodexHome, "config.toml"),
            fake.ConfigToml() + $"\n[[skills.config]]\npath = \"{silentPath}\"\nenabled = false\n");
        await using var session = await ServerSession.StartAsync(transport, options);
        var (server, client) = session;
        var threadId = (string)(await client.CallAsync("thread/start", new JsonObject { ["cwd"] = server.WorkDir }))["thread"]!["id"]!;
        fake.Enqueue(FakeResponse.Of(new FakeUsage(10, 0, 5, 0), FakeItem.Message("hi", 1)));

        await client.CallAsync("turn/start", new JsonObject
        {
            ["threadId"] = threadId,
            ["input"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "hello" }),
        });
        await client.WaitForNotificationAsync("turn/completed");

        var request = (await fake.WaitForRequestsAsync(1))[0];
        var developer = request.MessageTexts().Where(m => m.Role == "developer").Select(m => m.Text).ToList();
        var skills = developer.Should().ContainSingle(t => t.StartsWith("<skills_instructions>")).Subject;
        skills.Should().Contain("- greeter: Greets people warmly (file: ");
        skills.Should().NotContain("silent");
        developer.IndexOf(skills).Should().BeLessThan(developer.FindIndex(t => t.Contains("<permissions instructions>")),
            "the reference puts the skills section before the permissions section");
    }

    private static void WriteSkill(string codexHome, string name, string description)
    {
        var folder = Path.Combine(codexHome, "skills", name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "SKILL.md"), $"---\nname: {name}\ndescription: {description}\n---\n\nDo the {name} thing.\n");
    }
}
