using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;

namespace AppServer.IntegrationTests.Scenarios;

/// <summary>
/// Conformance scenario e_apply_patch, as our own test: a freeform apply_patch adding and updating files applies
/// under <c>never</c> (fileChange item, turn diff, files on disk, success output); under <c>untrusted</c> it asks
/// and a decline leaves the disk alone.
/// </summary>
public sealed class ApplyPatchScenarioTests
{
    private const string Patch = """
        *** Begin Patch
        *** Add File: sub/new.txt
        +hello
        +world
        *** Update File: existing.txt
        @@
         line one
        -line two
        +line 2 changed
         line three
        *** End Patch

        """;

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Patch_applies_with_items_and_diff_and_a_declined_one_does_not(string transport)
    {
        await using var rig = await FakeModelRig.StartAsync(transport, experimentalApi: false);
        var s = new ScenarioSession(rig.Client, rig.Server, rig.Fake);
        File.WriteAllText(Path.Combine(s.Work, "existing.txt"), "line one\nline two\nline three\n");
        s.AnswerServerRequests(r => new JsonObject { ["decision"] = "decline" });

        var threadId = await s.StartThreadAsync("never", "workspace-write");
        rig.Fake.Enqueue(FakeResponse.Of(FakeItem.CustomToolCall("apply_patch", Patch, "call_patch1")), FakeResponse.Of(FakeItem.Message("patched")));
        var mark = s.Client.Notifications.Count;
        var (turnId, done, _) = await s.RunTurnAsync(threadId, "apply the patch");
        ((string)done["params"]!["turn"]!["status"]!).Should().Be("completed");
        var started = s.Find("item/started", mark, p => (string?)p["item"]!["type"] == "fileChange").Single();
        var completed = s.Find("item/completed", mark, p => (string?)p["item"]!["type"] == "fileChange").Single();
        ((string)started["params"]!["item"]!["id"]!).Should().Be("call_patch1");
        ((string)started["params"]!["item"]!["status"]!).Should().Be("inProgress");
        var item = completed["params"]!["item"]!;
        ((string)item["status"]!).Should().Be("completed");
        var changes = item["changes"]!.AsArray().ToDictionary(c => (string)c!["path"]!, c => c!);
        changes.Keys.Should().BeEquivalentTo([Path.Combine(s.Work, "existing.txt"), Path.Combine(s.Work, "sub", "new.txt")], "change paths are absolute");
        var added = changes[Path.Combine(s.Work, "sub", "new.txt")];
        ((string)added["kind"]!["type"]!).Should().Be("add");
        ((string)added["diff"]!).Should().Be("hello\nworld\n");
        var updated = changes[Path.Combine(s.Work, "existing.txt")];
        ((string)updated["kind"]!["type"]!).Should().Be("update");
        ((string)updated["diff"]!).Should().Contain("-line two").And.Contain("+line 2 changed");

        var diffs = s.Find("turn/diff/updated", mark, p => (string?)p["threadId"] == threadId);
        diffs.Should().NotBeEmpty();
        ((string)diffs[^1]["params"]!["turnId"]!).Should().Be(turnId);
        var diff = (string)diffs[^1]["params"]!["diff"]!;
        foreach (var fragment in new[] { "+++ b/sub/new.txt", "--- /dev/null", "+hello", "+world", "--- a/existing.txt", "+++ b/existing.txt", "-line two", "+line 2 changed" })
        {
            diff.Should().Contain(fragment);
        }

        var notes = s.Client.Notifications.ToList();
        notes.IndexOf(completed).Should().BeLessThan(notes.IndexOf(diffs[0]), "item/completed precedes the first turn/diff/updated");
        File.ReadAllText(Path.Combine(s.Work, "sub", "new.txt")).Should().Be("hello\nworld\n");
        File.ReadAllText(Path.Combine(s.Work, "existing.txt")).Should().Be("line one\nline 2 changed\nline three\n");
        s.ToolOutput("call_patch1").Should().Contain("Success").And.Contain("sub/new.txt");
        s.ServerRequests.Should().BeEmpty("nothing is asked under approvalPolicy never");

        var untrusted = await s.StartThreadAsync("untrusted", "workspace-write");
        rig.Fake.Enqueue(
            FakeResponse.Of(FakeItem.CustomToolCall("apply_patch", "*** Begin Patch\n*** Add File: declined.txt\n+nope\n*** End Patch\n", "call_patch2")),
            FakeResponse.Of(FakeItem.Message("ok, not patched")));
        var (turn2, done2, notes2) = await s.RunTurnAsync(untrusted, "apply another patch");
        ((string)done2["params"]!["turn"]!["status"]!).Should().Be("completed");
        var request = s.ServerRequests.Single();
        ((string)request["method"]!).Should().Be("item/fileChange/requestApproval");
        ((string)request["params"]!["itemId"]!).Should().Be("call_patch2");
        ((string)request["params"]!["threadId"]!).Should().Be(untrusted);
        ((string)request["params"]!["turnId"]!).Should().Be(turn2);
        var declined = notes2.Single(n => (string?)n["method"] == "item/completed" && (string?)n["params"]!["item"]!["type"] == "fileChange");
        ((string)declined["params"]!["item"]!["status"]!).Should().Be("declined");
        notes2.Should().Contain(n => (string?)n["method"] == "serverRequest/resolved" && n["params"]!["requestId"]!.ToJsonString() == request["id"]!.ToJsonString());
        File.Exists(Path.Combine(s.Work, "declined.txt")).Should().BeFalse();
        s.ToolOutput("call_patch2").Should().NotBeNull().And.NotContain("Success");

        await s.AssertSchemaValidAsync();
    }
}
