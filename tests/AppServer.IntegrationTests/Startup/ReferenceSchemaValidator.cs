using System.Diagnostics;
using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Startup;

/// <summary>
/// Validates recorded responses, notifications and server requests against the reference's experimental schema
/// vendored in <c>tests/reference-schema</c> (the surface a client that opts into <c>experimentalApi</c>, like the
/// Codex TUI, sees), with <c>validate_messages.py</c> and Python's jsonschema (a full Draft 7 validator).
/// </summary>
internal static class ReferenceSchemaValidator
{
    private static string Script => Path.Combine(AppContext.BaseDirectory, "Startup", "validate_messages.py");

    /// <summary>Returns the schema violations (empty when everything is valid).</summary>
    public static Task<string> ValidateAsync(IEnumerable<(string Method, JsonObject Response)> responses, IEnumerable<JsonObject> notifications)
        => ValidateAsync(responses, notifications, []);

    /// <summary>Same, with server→client requests (approvals, tool calls) checked too.</summary>
    public static async Task<string> ValidateAsync(IEnumerable<(string Method, JsonObject Response)> responses, IEnumerable<JsonObject> notifications, IEnumerable<JsonObject> serverRequests)
    {
        var file = Path.Combine(Path.GetTempPath(), $"appserver-schema-check-{Guid.NewGuid():N}.jsonl");
        var lines = responses.Select(r => new JsonObject { ["kind"] = "response", ["method"] = r.Method, ["msg"] = r.Response.DeepClone() })
            .Concat(notifications.Select(n => new JsonObject { ["kind"] = "notification", ["msg"] = n.DeepClone() }))
            .Concat(serverRequests.Select(n => new JsonObject { ["kind"] = "serverRequest", ["msg"] = n.DeepClone() }))
            .Select(o => o.ToJsonString());
        await File.WriteAllLinesAsync(file, lines);
        try
        {
            var psi = new ProcessStartInfo(SchemaPython.Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            psi.ArgumentList.Add(Script);
            psi.ArgumentList.Add(ReferenceSchemaFolder.Experimental);
            psi.ArgumentList.Add(file);
            using var process = Process.Start(psi)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return process.ExitCode == 0 ? "" : (await stdout) + (await stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
