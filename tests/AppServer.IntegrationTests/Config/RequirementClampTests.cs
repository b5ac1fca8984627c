using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Config;

/// <summary>thread/start values that requirements.toml forbids fall back to an allowed value, and the client is told.</summary>
public sealed class RequirementClampTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task A_clamped_thread_start_warns_before_the_response_and_again_for_the_thread(string transport)
    {
        var requirements = "allowed_approval_policies = [\"untrusted\", \"on-request\"]\nallowed_sandbox_modes = [\"read-only\", \"workspace-write\"]\n";
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.SystemConfigDir);
        File.WriteAllText(Path.Combine(options.SystemConfigDir, "requirements.toml"), requirements);
        await using var session = await ServerSession.StartAsync(transport, options);
        var (server, client) = session;

        var started = await client.CallAsync("thread/start", new JsonObject { ["approvalPolicy"] = "never", ["sandbox"] = "danger-full-access" });
        started["approvalPolicy"]!.GetValue<string>().Should().Be("untrusted");
        started["sandbox"]!["type"]!.GetValue<string>().Should().Be("readOnly");
        var threadId = started["thread"]!["id"]!.GetValue<string>();
        await client.WaitForNotificationAsync("warning", where: n => n["params"]!["message"]!.GetValue<string>().Contains("`sandbox_mode`"));

        // The reference's order: both configWarnings, the response, thread/started, then one warning per clamp.
        var messages = client.Received.ToList();
        var responseIndex = messages.FindIndex(m => m["result"]?["thread"]?["id"]?.GetValue<string>() == threadId);
        var configWarnings = messages.Select((m, i) => (m, i)).Where(x => (string?)x.m["method"] == "configWarning").Select(x => x.i).ToList();
        var startedIndex = messages.FindIndex(m => (string?)m["method"] == "thread/started");
        var warnings = messages.Where(m => (string?)m["method"] == "warning").ToList();
        configWarnings.Should().HaveCount(2).And.OnlyContain(i => i < responseIndex);
        startedIndex.Should().BeGreaterThan(responseIndex);
        messages.FindIndex(m => (string?)m["method"] == "warning").Should().BeGreaterThan(startedIndex);
        warnings.Should().HaveCount(2).And.OnlyContain(w => w["params"]!["threadId"]!.GetValue<string>() == threadId);
        warnings[0]["params"]!["message"]!.GetValue<string>().Should().Be(
            "Configured value for `approval_policy` is disallowed by requirements; falling back to required value UnlessTrusted. Details: invalid value for " +
            $"`approval_policy`: `Never` is not in the allowed set [UnlessTrusted, OnRequest] (set by {Path.Combine(server.Options.SystemConfigDir, "requirements.toml")})");
        warnings[1]["params"]!["message"]!.GetValue<string>().Should().StartWith(
            "Configured value for `permission_profile` is disallowed by requirements; falling back to required value Managed { file_system: Restricted {");
    }

    [Fact]
    public async Task Allowed_values_produce_no_warning()
    {
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.SystemConfigDir);
        File.WriteAllText(Path.Combine(options.SystemConfigDir, "requirements.toml"), "allowed_approval_policies = [\"on-request\"]\n");
        await using var session = await ServerSession.StartAsync("stdio", options);
        var (server, client) = session;

        await client.CallAsync("thread/start", new JsonObject { ["cwd"] = server.WorkDir, ["approvalPolicy"] = "on-request" });
        await client.CallAsync("thread/loaded/list", new JsonObject());

        client.Notifications.Should().NotContain(n => (string?)n["method"] == "configWarning");
    }
}
