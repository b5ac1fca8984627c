using System.Diagnostics;
using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Startup;

/// <summary>
/// Validates recorded responses and notifications with the shared conformance validator
/// (shared/conformance/schemas.py) against the reference's experimental schema, the surface a client that opts
/// into <c>experimentalApi</c> (like the Codex TUI) sees.
/// </summary>
internal static class ReferenceSchemaValidator
{
    private const string Script = """
        import json, sys
        sys.path.insert(0, sys.argv[1])
        from schemas import Validator
        v = Validator(sys.argv[2])
        problems = []
        for line in open(sys.argv[3]):
            rec = json.loads(line)
            msg = rec["msg"]
            if rec["kind"] == "response":
                problems += v.check_response(rec["method"], msg)
            else:
                problems += v.check_notification(msg)
        print("\n".join(problems))
        sys.exit(1 if problems else 0)
        """;

    /// <summary>Returns the schema violations (empty when everything is valid).</summary>
    public static async Task<string> ValidateAsync(IEnumerable<(string Method, JsonObject Response)> responses, IEnumerable<JsonObject> notifications)
    {
        var conformance = SharedFolder.Find("conformance");
        var schemaDir = Path.Combine(SharedFolder.Find("reference"), "codex-app-server-schema-experimental");
        var file = Path.Combine(Path.GetTempPath(), $"appserver-startup-{Guid.NewGuid():N}.jsonl");
        var lines = responses.Select(r => new JsonObject { ["kind"] = "response", ["method"] = r.Method, ["msg"] = r.Response.DeepClone() })
            .Concat(notifications.Select(n => new JsonObject { ["kind"] = "notification", ["msg"] = n.DeepClone() }))
            .Select(o => o.ToJsonString());
        await File.WriteAllLinesAsync(file, lines);
        try
        {
            var psi = new ProcessStartInfo(SharedFolder.Python()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add(Script);
            psi.ArgumentList.Add(conformance);
            psi.ArgumentList.Add(schemaDir);
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
