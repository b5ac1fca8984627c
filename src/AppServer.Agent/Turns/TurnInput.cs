using System.Text.Json;
using AppServer.Protocol.Items;

namespace AppServer.Agent.Turns;

/// <summary>User input for a new turn or a steer.</summary>
public sealed record TurnInput(IReadOnlyList<UserInput> Input, string? ClientUserMessageId)
{
    /// <summary>The turn's output schema (this turn only).</summary>
    public JsonElement? OutputSchema { get; init; }

    /// <summary>Turn chain attribution.</summary>
    public string? RootTurnId { get; init; }

    /// <summary>The Responses content parts for this input (<c>input_text</c>, <c>input_image</c>).</summary>
    public IReadOnlyList<(string Type, string Value)> ToContentParts()
    {
        var parts = new List<(string, string)>();
        foreach (var input in Input)
        {
            switch (input)
            {
                case TextUserInput text:
                    parts.Add(("input_text", text.Text));
                    break;
                case ImageUserInput { Url: { } url }:
                    parts.Add(("input_image", url));
                    break;
                case LocalImageUserInput local:
                    parts.Add(LocalImage(local.Path));
                    break;
            }
        }

        return parts;
    }

    private static (string, string) LocalImage(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            var mime = Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".jpg" or ".jpeg" => "image/jpeg",
                ".gif" => "image/gif",
                ".webp" => "image/webp",
                _ => "image/png",
            };
            return ("input_image", $"data:{mime};base64,{Convert.ToBase64String(bytes)}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The reference tells the model the image could not be read rather than failing the turn.
            return ("input_text", $"Codex could not read the local image at `{path}`: {ex.Message}");
        }
    }
}
