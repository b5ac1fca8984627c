using System.Text.Json;

namespace AppServer.Agent.Models;

/// <summary>
/// One parsed Responses-API SSE event. Delta events carry only their small fields (read without building
/// a DOM); every other event carries its JSON document.
/// </summary>
internal readonly struct ResponsesSseEvent
{
    public ResponsesSseEvent(string type, string? itemId, string? delta, int index, JsonElement payload)
    {
        Type = type;
        ItemId = itemId;
        Delta = delta;
        Index = index;
        Payload = payload;
    }

    public string Type { get; }

    public string? ItemId { get; }

    public string? Delta { get; }

    /// <summary><c>summary_index</c> or <c>content_index</c>.</summary>
    public int Index { get; }

    /// <summary>The whole event object, for non-delta events.</summary>
    public JsonElement Payload { get; }

    /// <summary>Parses the <c>data:</c> of one event.</summary>
    public static ResponsesSseEvent Parse(string sseEventType, ReadOnlySpan<byte> data)
    {
        var type = sseEventType;
        string? itemId = null, delta = null;
        var index = 0;
        var reader = new Utf8JsonReader(data);
        var needsDocument = true;
        if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("type"u8))
                {
                    reader.Read();
                    type = reader.GetString() ?? type;
                }
                else if (reader.ValueTextEquals("delta"u8))
                {
                    reader.Read();
                    delta = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else if (reader.ValueTextEquals("item_id"u8))
                {
                    reader.Read();
                    itemId = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else if (reader.ValueTextEquals("summary_index"u8) || reader.ValueTextEquals("content_index"u8))
                {
                    var isSummary = reader.ValueTextEquals("summary_index"u8);
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Number && (isSummary || index == 0))
                    {
                        index = reader.GetInt32();
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            needsDocument = !IsDelta(type);
        }

        if (!needsDocument)
        {
            return new ResponsesSseEvent(type, itemId, delta, index, default);
        }

        using var doc = JsonDocument.Parse(data.ToArray());
        return new ResponsesSseEvent(type, itemId, delta, index, doc.RootElement.Clone());
    }

    private static bool IsDelta(string type) => type is "response.output_text.delta"
        or "response.reasoning_summary_text.delta"
        or "response.reasoning_text.delta"
        or "response.reasoning_summary_part.added"
        or "response.custom_tool_call_input.delta"
        or "response.function_call_arguments.delta"
        or "response.content_part.added"
        or "response.content_part.done"
        or "response.output_text.done"
        or "response.in_progress";
}
