using System.Text;
using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Sandbox;

/// <summary>Small helpers for driving <c>command/exec</c> from tests.</summary>
internal static class ExecHelpers
{
    public static JsonArray Argv(params string[] argv) => new(argv.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());

    public static JsonObject Sh(string script) => new() { ["command"] = Argv("sh", "-c", script) };

    public static JsonObject With(this JsonObject request, string key, JsonNode? value)
    {
        request[key] = value?.Parent is null ? value : value.DeepClone();
        return request;
    }

    public static JsonObject Policy(string type, bool? network = null, bool excludeTmp = false, params string[] roots)
    {
        var policy = new JsonObject { ["type"] = type };
        if (network is { } n)
        {
            policy["networkAccess"] = n;
        }

        if (type == "workspaceWrite")
        {
            policy["excludeSlashTmp"] = excludeTmp;
            policy["excludeTmpdirEnvVar"] = excludeTmp;
            policy["writableRoots"] = Argv(roots);
        }

        return policy;
    }

    /// <summary>Runs command/exec and returns the result, failing on an error response.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> ExecAsync(this RpcClient client, JsonObject request, TimeSpan? timeout = null)
    {
        var result = await client.CallAsync("command/exec", request, timeout);
        return (result["exitCode"]!.GetValue<int>(), result["stdout"]!.GetValue<string>(), result["stderr"]!.GetValue<string>());
    }

    /// <summary>Concatenated streamed bytes of one process and stream, from the deltas received so far.</summary>
    public static string StreamedOutput(this RpcClient client, string processId, string stream = "stdout")
    {
        var bytes = client.Notifications
            .Where(n => (string?)n["method"] == "command/exec/outputDelta"
                && (string?)n["params"]!["processId"] == processId
                && (string?)n["params"]!["stream"] == stream)
            .SelectMany(n => Convert.FromBase64String(n["params"]!["deltaBase64"]!.GetValue<string>()))
            .ToArray();
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Waits until the streamed output of a process satisfies <paramref name="condition"/>.</summary>
    public static async Task<string> WaitForOutputAsync(this RpcClient client, string processId, Func<string, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var output = client.StreamedOutput(processId);
            if (condition(output))
            {
                return output;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"output of {processId} never matched; got: {output}");
            }

            await Task.Delay(20);
        }
    }

    public static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    /// <summary>Fails clearly (instead of skipping) when bubblewrap is not installed.</summary>
    public static void RequireBubblewrap()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => d.Length > 0 && File.Exists(Path.Combine(d, "bwrap")));
        found.Should().BeTrue("sandbox tests need bubblewrap: install it with `apt-get install -y bubblewrap`");
    }
}
