using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;

namespace AppServer.IntegrationTests.Scenarios;

/// <summary>
/// Conformance scenario k_update_plan, as our own test: with <c>[tools.update_plan] enabled = true</c> the model
/// is offered update_plan, and its call becomes turn/plan/updated with camelCase statuses.
/// </summary>
public sealed class UpdatePlanScenarioTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Update_plan_reaches_the_client(string transport)
    {
        await using var rig = await FakeModelRig.StartAsync(transport, extraConfig: "[tools.update_plan]\nenabled = true\n", experimentalApi: false);
        var s = new ScenarioSession(rig.Client, rig.Server, rig.Fake);
        var threadId = await s.StartThreadAsync();
        const string Plan = """
            {"explanation":"three steps","plan":[{"step":"read the code","status":"completed"},{"step":"write the fix","status":"in_progress"},{"step":"run the tests","status":"pending"}]}
            """;
        rig.Fake.Enqueue(FakeResponse.Of(FakeItem.FunctionCall("update_plan", Plan, "call_plan")), FakeResponse.Of(FakeItem.Message("planned")));
        var (turnId, done, notes) = await s.RunTurnAsync(threadId, "make a plan");
        ((string)done["params"]!["turn"]!["status"]!).Should().Be("completed");
        s.ModelRequests[0].Body!["tools"]!.AsArray().Select(t => (string?)t!["name"]).Should().Contain("update_plan");
        var update = notes.First(n => (string?)n["method"] == "turn/plan/updated")["params"]!;
        ((string)update["threadId"]!).Should().Be(threadId);
        ((string)update["turnId"]!).Should().Be(turnId);
        ((string)update["explanation"]!).Should().Be("three steps");
        update["plan"]!.ToJsonString().Should().Be("""[{"step":"read the code","status":"completed"},{"step":"write the fix","status":"inProgress"},{"step":"run the tests","status":"pending"}]""");
        s.ToolOutput("call_plan").Should().Be("Plan updated");
        await s.AssertSchemaValidAsync();
    }
}
