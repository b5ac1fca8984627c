using System.IO.Compression;
using System.Text.Json.Nodes;
using AppServer.IntegrationTests.Startup;

namespace AppServer.IntegrationTests.Feedback;

/// <summary>feedback/save writes a local ZIP laid out like the reference's, never containing credentials.</summary>
public sealed class FeedbackSaveTests
{
    private const string ApiKey = "sk-test-SECRET-0123456789abcdef";
    private const string AuthToken = "auth-json-token-ZYXWVUT987654";

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Saves_a_bundle_without_secrets(string transport)
    {
        await using var serverSession = await ServerSession.StartAsync(transport, new TestServerOptions { Environment = { ["OPENAI_API_KEY"] = ApiKey } }, experimentalApi: true);
        var (server, client) = serverSession;
        File.WriteAllText(Path.Combine(server.CodexHome, "auth.json"), $"{{\"OPENAI_API_KEY\":\"{AuthToken}\"}}");
        var log = Path.Combine(server.WorkDir, "client.log");
        File.WriteAllText(log, $"request with Authorization: Bearer abc.def-ghi123456\nkey={ApiKey}\napi_key = \"hunter2-password\"\ntoken {AuthToken}\nordinary line\n");
        var thread = await client.CallAsync("thread/start", new JsonObject { ["cwd"] = server.WorkDir });
        var threadId = thread["thread"]!["id"]!.GetValue<string>();
        var responses = new List<(string, JsonObject)>();

        var path = Path.Combine(server.WorkDir, "bundle.zip");
        var saved = await client.RequestAsync("feedback/save", new JsonObject
        {
            ["classification"] = "bug",
            ["reason"] = "it broke",
            ["savePath"] = path,
            ["includeLogs"] = true,
            ["threadId"] = threadId,
            ["extraLogFiles"] = new JsonArray(log, Path.Combine(server.CodexHome, "auth.json")),
            ["tags"] = new JsonObject { ["team"] = "ide" },
        });
        responses.Add(("feedback/save", saved));
        saved["result"]!["savedPath"]!.GetValue<string>().Should().Be(path);
        saved["result"]!["threadId"]!.GetValue<string>().Should().Be(threadId);

        using (var zip = ZipFile.OpenRead(path))
        {
            zip.Entries.Select(e => e.FullName).Should().Contain(["report.json", "manifest.json", "attachments/0002/client.log"]);
            var report = JsonNode.Parse(Read(zip, "report.json"))!;
            report["message"]!.GetValue<string>().Should().Be($"[Bug]: Codex session {threadId}");
            report["exception"]!["values"]![0]!["value"]!.GetValue<string>().Should().Be("it broke");
            report["tags"]!["team"]!.GetValue<string>().Should().Be("ide");
            var manifest = JsonNode.Parse(Read(zip, "manifest.json"))!.AsArray();
            manifest.Select(m => (string)m!["filename"]!).Should().Equal("thread.json", "thread-items.jsonl", "client.log");
            Read(zip, "attachments/0002/client.log").Should().Contain("ordinary line");
            foreach (var entry in zip.Entries)
            {
                var text = Read(zip, entry.FullName);
                text.Should().NotContain(ApiKey).And.NotContain(AuthToken).And.NotContain("abc.def-ghi123456").And.NotContain("hunter2", $"{entry.FullName} must hold no secret");
            }
        }

        var again = await client.RequestAsync("feedback/save", new JsonObject { ["classification"] = "bug", ["savePath"] = path });
        again["error"]!["code"]!.GetValue<int>().Should().Be(-32603);
        again["error"]!["message"]!.GetValue<string>().Should().Be("failed to save feedback: feedback save path already exists");
        var relative = await client.RequestAsync("feedback/save", new JsonObject { ["classification"] = "bug", ["savePath"] = "x.zip" });
        relative["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
        relative["error"]!["message"]!.GetValue<string>().Should().Be("feedback savePath must be an absolute host path");

        var bare = await client.RequestAsync("feedback/save", new JsonObject { ["classification"] = "bug", ["savePath"] = Path.Combine(server.WorkDir, "bare.zip") });
        responses.Add(("feedback/save", bare));
        bare["result"]!["threadId"]!.GetValue<string>().Should().StartWith("no-active-thread-");
        using (var zip = ZipFile.OpenRead(Path.Combine(server.WorkDir, "bare.zip")))
        {
            Read(zip, "manifest.json").Should().Be("[]", "without includeLogs nothing is attached");
        }

        (await ReferenceSchemaValidator.ValidateAsync(responses, [])).Should().BeEmpty();
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
