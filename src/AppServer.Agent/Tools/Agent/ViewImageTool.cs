using System.Text.Json;
using System.Text.Json.Nodes;
using AppServer.Agent.Exec;
using AppServer.Core.Home;
using AppServer.Protocol.Items;
using AppServer.Protocol.Tools;

namespace AppServer.Agent.Tools.Agent;

/// <summary>
/// <c>view_image</c>: attaches a local image for the model. Emits an <c>imageView</c> item and returns the image
/// as an <c>input_image</c> content item (a data URL). The server's login and database files are refused, as
/// the sandbox hides them from the model's commands.
/// </summary>
public sealed class ViewImageTool(CodexHome home) : IAgentTool
{
    private const long MaxBytes = 20 * 1024 * 1024;

    public string Name => "view_image";

    public string SpecJson { get; } = new JsonObject
    {
        ["type"] = "function",
        ["name"] = "view_image",
        ["description"] = "View a local image from the filesystem (only use if given a full filepath by the user, and the image isn't already attached to the thread context within <image ...> tags).",
        ["strict"] = false,
        ["parameters"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["path"] = new JsonObject { ["type"] = "string", ["description"] = "Local filesystem path to an image file" } },
            ["required"] = new JsonArray("path"),
            ["additionalProperties"] = false,
        },
    }.ToJsonString();

    public async Task<ToolResult> ExecuteAsync(ToolCall call, ToolContext context, CancellationToken cancellationToken)
    {
        string path;
        try
        {
            using var doc = JsonDocument.Parse(call.Payload);
            path = doc.RootElement.GetProperty("path").GetString() ?? throw new JsonException("missing field `path`");
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return ToolResult.Text($"failed to parse function arguments: {e.Message}");
        }

        var full = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(context.Settings.Cwd, path));
        if (SandboxHiddenFiles.IsHidden(home.Path, full))
        {
            return ToolResult.Text($"unable to read image at `{full}`: Permission denied (os error 13)");
        }

        if (!File.Exists(full))
        {
            return ToolResult.Text($"unable to locate image at `{full}`: No such file or directory (os error 2)");
        }

        var info = new FileInfo(full);
        if (info.Length > MaxBytes)
        {
            return ToolResult.Text($"image at `{full}` is too large ({info.Length} bytes)");
        }

        var bytes = await File.ReadAllBytesAsync(full, cancellationToken).ConfigureAwait(false);
        var mime = MimeOf(bytes, full);
        if (mime is null)
        {
            return ToolResult.Text($"unable to process image at `{full}`: unsupported image format");
        }

        var startedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var item = new ImageViewThreadItem { Id = call.CallId, Path = full };
        context.Publish("item/started", new ItemStartedNotification { Item = item, ThreadId = context.ThreadId, TurnId = context.TurnId, StartedAtMs = startedAt });
        await context.CompleteItemAsync(item, startedAt, cancellationToken).ConfigureAwait(false);
        var output = new JsonArray(new JsonObject { ["type"] = "input_image", ["image_url"] = $"data:{mime};base64,{Convert.ToBase64String(bytes)}" });
        return new ToolResult(output.ToJsonString());
    }

    /// <summary>The image type from its magic bytes (the extension is not trusted).</summary>
    public static string? MimeOf(ReadOnlySpan<byte> b, string path)
    {
        if (b.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47]))
        {
            return "image/png";
        }

        if (b.StartsWith((byte[])[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (b.StartsWith("GIF8"u8))
        {
            return "image/gif";
        }

        if (b.Length > 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        return null;
    }
}
