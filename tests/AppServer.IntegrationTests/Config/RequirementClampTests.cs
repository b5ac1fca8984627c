using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Config;

/// <summary>thread/start values that requirements.toml forbids fall back to an allowed value, and the client is told.</summary>
public sealed class RequirementClampTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Disallowed_thread_start_values_are_clamped_with_a_config_warning(string transport)
    {
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.SystemConfigDir);
        File.WriteAllText(Path.Combine(options.SystemConfigDir, "requirements.toml"),
            "allowed_approval_policies = [\"untrusted\", \"on-request\"]\nallowed_sandbox_modes = [\"read-only\"]\n");
        var (server, client) = await TestServer.StartAsync(transport, options);
        await using var _ = server;
        await using var __ = client;
        await client.InitializeAsync();

        var started = await client.CallAsync("thread/start", new JsonObject
        {
            ["cwd"] = server.WorkDir,
            ["approvalPolicy"] = "never",
            ["sandbox"] = "danger-full-access",
        });

        started["approvalPolicy"]!.GetValue<string>().Should().Be("untrusted");
        started["sandbox"]!["type"]!.GetValue<string>().Should().Be("readOnly");
        var first = await client.WaitForNotificationAsync("configWarning");
        var second = await client.WaitForNotificationAsync("configWarning");
        var summaries = new[] { first, second }.Select(n => n["params"]!["summary"]!.GetValue<string>()).ToList();
        summaries.Should().Contain(s => s.Contains("`approval_policy` is disallowed by requirements") && s.Contains("Never"));
        summaries.Should().Contain(s => s.Contains("`sandbox_mode` is disallowed by requirements"));
    }

    [Fact]
    public async Task Allowed_values_produce_no_warning()
    {
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.SystemConfigDir);
        File.WriteAllText(Path.Combine(options.SystemConfigDir, "requirements.toml"), "allowed_approval_policies = [\"on-request\"]\n");
        var (server, client) = await TestServer.StartStdioAsync(options);
        await using var _ = server;
        await using var __ = client;
        await client.InitializeAsync();

        await client.CallAsync("thread/start", new JsonObject { ["cwd"] = server.WorkDir, ["approvalPolicy"] = "on-request" });
        await client.CallAsync("thread/loaded/list", new JsonObject());

        client.Notifications.Should().NotContain(n => (string?)n["method"] == "configWarning");
    }
}
