using System.Text.Json.Nodes;

namespace AppServer.Testing.FakeModel;

/// <summary>A request the fake model server received.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, JsonObject? Body)
{
    /// <summary>The <c>input</c> messages as (role, text) pairs, one per content part.</summary>
    public List<(string Role, string Text)> MessageTexts()
    {
        var result = new List<(string, string)>();
        foreach (var item in Body?["input"]?.AsArray() ?? [])
        {
            if ((string?)item?["type"] != "message")
            {
                continue;
            }

            foreach (var part in item["content"]?.AsArray() ?? [])
            {
                if ((string?)part?["text"] is { } text)
                {
                    result.Add(((string?)item["role"] ?? "", text));
                }
            }
        }

        return result;
    }
}
