using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AppServer.Core.Home;
using AppServer.Storage.Threads;

namespace AppServer.Core.Feedback;

/// <summary>What a feedback bundle is about.</summary>
/// <param name="Classification">e.g. <c>bug</c>.</param>
/// <param name="Reason">The user's words, if any.</param>
/// <param name="ThreadId">The thread, if any.</param>
/// <param name="IncludeLogs">Whether to attach the thread's record and the extra log files.</param>
/// <param name="ExtraLogFiles">Files to attach.</param>
/// <param name="Tags">Caller tags for the report.</param>
public sealed record FeedbackRequest(string Classification, string? Reason, string? ThreadId, bool IncludeLogs, IReadOnlyList<string> ExtraLogFiles, IReadOnlyDictionary<string, string> Tags);

/// <summary>
/// Writes a feedback bundle as the reference lays it out: a ZIP with <c>report.json</c> (event id, message
/// <c>[Bug]: Codex session &lt;thread&gt;</c>, timestamp, the reason as an exception value, tags), <c>manifest.json</c>
/// listing the attachments, and <c>attachments/NNNN/&lt;name&gt;</c>. Locally the attachments are the thread's stored
/// record and items and the extra log files, all passed through <see cref="SecretRedactor"/>; <c>auth.json</c> is never
/// read into the bundle.
/// </summary>
public sealed class FeedbackBundleWriter(IThreadStore store, CodexHome home)
{
    /// <summary>Writes the bundle to <paramref name="savePath"/> (absolute, must not exist); returns the thread id used.</summary>
    public string Write(string savePath, FeedbackRequest request, string version)
    {
        var threadId = request.ThreadId ?? $"no-active-thread-{Guid.CreateVersion7()}";
        var redactor = new SecretRedactor(KnownSecrets());
        var attachments = new List<(string Name, string ContentType, string Text)>();
        if (request.IncludeLogs)
        {
            if (request.ThreadId is not null && store.GetThread(request.ThreadId) is { } thread)
            {
                attachments.Add(("thread.json", "application/json", JsonSerializer.Serialize(thread)));
                var items = store.ListItems(request.ThreadId).Select(i => i.ItemJson);
                attachments.Add(("thread-items.jsonl", "application/x-ndjson", string.Join('\n', items)));
            }

            foreach (var path in request.ExtraLogFiles)
            {
                if (IsAuthFile(path))
                {
                    continue;
                }

                attachments.Add((Path.GetFileName(path), "text/plain", File.ReadAllText(path)));
            }
        }

        var message = $"[{Capitalize(request.Classification)}]: Codex session {threadId}";
        var tags = new JsonObject();
        foreach (var (key, value) in request.Tags)
        {
            tags[key] = redactor.Redact(value);
        }

        tags["classification"] = request.Classification;
        tags["cli_version"] = version;
        if (request.Reason is not null)
        {
            tags["reason"] = redactor.Redact(request.Reason);
        }

        tags["thread_id"] = threadId;
        var report = new JsonObject
        {
            ["event_id"] = Guid.NewGuid().ToString("N"),
            ["message"] = message,
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0,
        };
        if (request.Reason is not null)
        {
            report["exception"] = new JsonObject { ["values"] = new JsonArray(new JsonObject { ["type"] = message, ["value"] = redactor.Redact(request.Reason) }) };
        }

        report["tags"] = tags;

        // Write next to the target and move into place, so a half-written bundle never appears at savePath.
        var directory = Path.GetDirectoryName(savePath)!;
        var temp = Path.Combine(directory, $".tmp{Guid.NewGuid():N}"[..12]);
        if (!Directory.Exists(directory))
        {
            // The reference's wording for a missing folder.
            throw new IOException($"No such file or directory (os error 2) at path \"{temp}\"");
        }

        try
        {
            using (var zip = new ZipArchive(new FileStream(temp, FileMode.CreateNew), ZipArchiveMode.Create))
            {
                AddText(zip, "report.json", report.ToJsonString());
                var manifest = new JsonArray();
                for (int i = 0; i < attachments.Count; i++)
                {
                    var (name, contentType, text) = attachments[i];
                    var entry = $"attachments/{i:D4}/{name}";
                    AddText(zip, entry, redactor.Redact(text));
                    manifest.Add(new JsonObject { ["entry"] = entry, ["filename"] = name, ["contentType"] = contentType });
                }

                AddText(zip, "manifest.json", manifest.ToJsonString());
            }

            File.Move(temp, savePath, overwrite: false);
        }
        finally
        {
            File.Delete(temp);
        }

        return threadId;
    }

    private bool IsAuthFile(string path)
        => string.Equals(Path.GetFullPath(path), Path.GetFullPath(home.Resolve("auth.json")), StringComparison.Ordinal);

    /// <summary>Secrets to mask verbatim: API-key variables and every string in auth.json.</summary>
    private IEnumerable<string> KnownSecrets()
    {
        foreach (var name in new[] { "OPENAI_API_KEY", "CODEX_API_KEY", "AZURE_OPENAI_API_KEY", "ANTHROPIC_API_KEY" })
        {
            if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value)
            {
                yield return value;
            }
        }

        JsonNode? auth = null;
        try
        {
            auth = JsonNode.Parse(File.ReadAllText(home.Resolve("auth.json")));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
        }

        foreach (var value in Strings(auth))
        {
            yield return value;
        }
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static void AddText(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
