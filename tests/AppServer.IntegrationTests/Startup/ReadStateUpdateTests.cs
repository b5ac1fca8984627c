using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Startup;

/// <summary>thread/readState/update answers as the reference does before a thread has history.</summary>
public sealed class ReadStateUpdateTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Errors_match_the_reference(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport, experimentalApi: true);
        var (server, client) = session;
        var started = await client.CallAsync("thread/start", new JsonObject { ["cwd"] = null });
        var threadId = (string)started["thread"]!["id"]!;

        async Task<JsonNode> Update(string id) => (await client.RequestAsync("thread/readState/update", new JsonObject
        {
            ["threadId"] = id,
            ["expectedRevision"] = "0",
            ["operation"] = new JsonObject { ["type"] = "read" },
        }))["error"]!;

        var fresh = await Update(threadId);
        ((int)fresh["code"]!).Should().Be(-32600);
        ((string?)fresh["message"]).Should().Be("thread read state unavailable");

        var unknown = await Update("00000000-0000-7000-8000-000000000000");
        ((string?)unknown["message"]).Should().Be("thread not loaded: 00000000-0000-7000-8000-000000000000");

        var malformed = await Update("nope");
        ((int)malformed["code"]!).Should().Be(-32602);
        ((string?)malformed["message"]).Should().StartWith("invalid thread id: ");
    }
}
