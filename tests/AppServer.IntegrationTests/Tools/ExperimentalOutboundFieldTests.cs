using AppServer.Testing.FakeModel;
using static AppServer.IntegrationTests.Tools.AgentToolHarness;

namespace AppServer.IntegrationTests.Tools;

/// <summary>
/// Outbound fields the experimental schema marks experimental (e.g. the approval's <c>availableDecisions</c>)
/// are NOT withheld from clients that did not opt into <c>experimentalApi</c>: the reference (0.169.0) sends
/// them to every client (observed), the stable schema allows extra properties, and the d_approval conformance
/// scenario, which does not opt in, requires <c>availableDecisions</c>. The experimental gate only filters what
/// clients send.
/// </summary>
public sealed class ExperimentalOutboundFieldTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task A_client_without_experimental_api_still_gets_available_decisions(string transport)
    {
        await using var rig = await FakeModelRig.StartAsync(transport, experimentalApi: false);
        var (fake, server, client) = rig;
        var threadId = await StartThreadAsync(client, server, "untrusted");
        fake.Enqueue(FakeResponse.Of(Exec("touch a.txt", "call_a")), FakeResponse.Of(FakeItem.Message("ok")));
        var turnId = await StartTurnAsync(client, threadId);

        var request = await client.WaitForServerRequestAsync();
        request["params"]!["availableDecisions"]!.ToJsonString()
            .Should().Be("[\"accept\",{\"acceptWithExecpolicyAmendment\":{\"execpolicy_amendment\":[\"touch\",\"a.txt\"]}},\"cancel\"]");
        await client.RespondAsync(request["id"]!, new { decision = "accept" });
        (await TurnCompletedAsync(client, turnId))["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("completed");
        File.Exists(Path.Combine(server.WorkDir, "a.txt")).Should().BeTrue();
    }
}
