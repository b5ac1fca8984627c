using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;

namespace AppServer.IntegrationTests.Skills;

/// <summary>
/// A <c>skill</c> input item (or a <c>$name</c> mention) makes the server send that skill's SKILL.md to the
/// model as its own user message right after the user's, like codex 0.169.0; unknown or disabled skills are
/// skipped silently, and the injected message is history (a resumed thread re-sends it).
/// </summary>
public sealed class SkillInputTests
{
    private const string DemoBody = "---\nname: demo\ndescription: A demo skill.\n---\n\n# Demo\nAlways say BANANA.\n";

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task A_skill_item_injects_the_skill_after_the_user_message(string transport)
    {
        var options = new TestServerOptions();
        var demoPath = WriteSkill(options.CodexHome, "demo", DemoBody);
        await using var rig = await FakeModelRig.StartAsync(transport, options: options);
        var (fake, server, client) = rig;
        var threadId = await client.StartThreadAsync(server.WorkDir);
        fake.Enqueue(FakeResponse.Of(FakeItem.Message("ok")));

        await client.RunTurnAsync(threadId, Text("use $demo please"), Skill("demo", demoPath));

        var request = (await fake.WaitForRequestsAsync(1))[0];
        var input = request.Body!["input"]!.AsArray();
        var last = input[^1]!;
        last["role"]!.GetValue<string>().Should().Be("user");
        last["content"]!.AsArray().Should().ContainSingle();
        last["content"]![0]!["text"]!.GetValue<string>().Should().Be(
            $"<skill>\n<name>demo</name>\n<path>{demoPath}</path>\n{DemoBody}\n</skill>",
            "the whole file, front matter included, in a <skill> block");
        input[^2]!["content"]![0]!["text"]!.GetValue<string>().Should().Be("use $demo please");
        request.MessageTexts().Count(m => m.Text.StartsWith("<skill>")).Should().Be(1, "the item and the $demo mention name the same skill");

        // The user message item keeps the skill input as the client sent it.
        var read = await client.CallAsync("thread/read", new JsonObject { ["threadId"] = threadId, ["includeTurns"] = true });
        var content = read["thread"]!["turns"]![0]!["items"]![0]!["content"]!.AsArray();
        content.Select(c => (string)c!["type"]!).Should().Equal("text", "skill");
        content[1]!["path"]!.GetValue<string>().Should().Be(demoPath);
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Missing_and_disabled_skills_are_skipped_silently(string transport)
    {
        var options = new TestServerOptions();
        var offPath = WriteSkill(options.CodexHome, "off", "---\nname: off\ndescription: Disabled.\n---\nOFF BODY\n");
        await using var rig = await FakeModelRig.StartAsync(transport, extraConfig: $"[[skills.config]]\npath = \"{offPath}\"\nenabled = false\n", options: options);
        var (fake, server, client) = rig;
        var threadId = await client.StartThreadAsync(server.WorkDir);
        fake.Enqueue(FakeResponse.Of(FakeItem.Message("ok")));

        var missing = Path.Combine(options.CodexHome, "skills", "ghost", "SKILL.md");
        var done = await client.RunTurnAsync(threadId, Text("T1 $off"), Skill("ghost", missing), Skill("off", offPath));

        done["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("completed");
        var request = (await fake.WaitForRequestsAsync(1))[0];
        request.MessageTexts().Should().NotContain(m => m.Text.Contains("<skill>") || m.Text.Contains("OFF BODY"));
        request.MessageTexts()[^1].Should().Be(("user", "T1 $off"));
        client.Notifications.Should().NotContain(n => (string?)n["method"] == "error" || (string?)n["method"] == "warning");
    }

    [Fact]
    public async Task The_injected_skill_is_resent_after_a_restart_and_resume()
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        var options = new TestServerOptions { DeleteOnDispose = false };
        var demoPath = WriteSkill(options.CodexHome, "demo", DemoBody);
        File.WriteAllText(Path.Combine(options.CodexHome, "config.toml"), fake.ConfigToml());
        string threadId;
        var (server, client) = await TestServer.StartAsync("stdio", options);
        await using (server)
        await using (client)
        {
            await client.InitializeAsync(experimentalApi: true);
            threadId = await client.StartThreadAsync(server.WorkDir);
            fake.Enqueue(FakeResponse.Of(FakeItem.Message("BANANA")));
            await client.RunTurnAsync(threadId, Text("first"), Skill("demo", demoPath));
            server.Kill();
        }

        // The skill file changes: history keeps what was sent, it is not re-read.
        File.WriteAllText(demoPath, "changed later\n");
        var (server2, client2) = await TestServer.StartAsync("stdio", new TestServerOptions { CodexHomeOverride = options.CodexHome, WorkDir = options.WorkDir, HomeDir = options.HomeDir });
        try
        {
            await client2.InitializeAsync(experimentalApi: true);
            var resumed = await client2.CallAsync("thread/resume", new JsonObject { ["threadId"] = threadId });
            var items = resumed["thread"]!["turns"]![0]!["items"]!.AsArray();
            items.Count(i => (string?)i!["type"] == "userMessage").Should().Be(1, "the injected skill message is history, not a user message item");

            fake.Enqueue(FakeResponse.Of(FakeItem.Message("again")));
            await client2.RunTurnAsync(threadId, Text("second"));

            var requests = await fake.WaitForRequestsAsync(2);
            var expected = $"<skill>\n<name>demo</name>\n<path>{demoPath}</path>\n{DemoBody}\n</skill>";
            requests[1].MessageTexts().TakeLast(4).Should().Equal(("user", "first"), ("user", expected), ("assistant", "BANANA"), ("user", "second"));
        }
        finally
        {
            await client2.DisposeAsync();
            await server2.DisposeAsync();
            Directory.Delete(options.Root, recursive: true);
        }
    }

    private static string WriteSkill(string codexHome, string folder, string body)
    {
        var dir = Path.Combine(codexHome, "skills", folder);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "SKILL.md");
        File.WriteAllText(path, body);
        return path;
    }

    private static JsonObject Text(string text) => new() { ["type"] = "text", ["text"] = text, ["text_elements"] = new JsonArray() };

    private static JsonObject Skill(string name, string path) => new() { ["type"] = "skill", ["name"] = name, ["path"] = path };
}
