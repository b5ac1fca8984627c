using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using AppServer.Protocol.Serialization;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace AppServer.Host.Transport;

/// <summary>
/// Reads and writes messages in the reference's wire shape: no <c>"jsonrpc"</c> member (accepted when
/// present), <c>{"id","result"}</c>, <c>{"error","id"}</c>, notifications with <c>emittedAtMs</c>.
/// Never throws on bad input: anything unparsable becomes a <see cref="MalformedMessage"/> so one bad line
/// cannot tear down the connection.
/// </summary>
internal sealed class WireFormatter : IJsonRpcMessageTextFormatter
{
    private static readonly JsonSerializerOptions Json = ProtocolJson.Options;

    public Encoding Encoding
    {
        get => Encoding.UTF8;
        set
        {
            if (value.CodePage != Encoding.UTF8.CodePage)
            {
                throw new NotSupportedException("The wire is UTF-8 only.");
            }
        }
    }

    public JsonRpcMessage Deserialize(ReadOnlySequence<byte> contentBuffer, Encoding encoding) => Deserialize(contentBuffer);

    public JsonRpcMessage Deserialize(ReadOnlySequence<byte> contentBuffer) => Deserialize(contentBuffer.ToArray());

    /// <summary>
    /// Parses one message from <paramref name="message"/>, which the caller hands over: the parsed params refer
    /// to it instead of copying it again. Invalid UTF-8 anywhere, or a string the wire cannot carry (a lone
    /// surrogate escape in <c>method</c> or <c>id</c>), makes the whole message malformed.
    /// </summary>
    public JsonRpcMessage Deserialize(ReadOnlyMemory<byte> message)
    {
        if (!Utf8.IsValid(message.Span))
        {
            return new MalformedMessage("invalid UTF-8");
        }

        try
        {
            var document = JsonDocument.Parse(message, new JsonDocumentOptions { MaxDepth = 256 });
            return Classify(document.RootElement, message.Length);
        }
        catch (JsonException ex)
        {
            return new MalformedMessage($"invalid JSON: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            // A lone surrogate escape in `id` or `method`: the reference cannot parse the line either and drops it.
            return new MalformedMessage($"invalid string: {ex.Message}");
        }
    }

    /// <summary>
    /// Best effort: the <c>id</c> of a message from its first bytes only (an oversized message is never read
    /// whole), so the client can be told which of its requests was refused. Default when not found up front.
    /// </summary>
    public static RequestId PeekId(ReadOnlySpan<byte> prefix)
    {
        try
        {
            var reader = new Utf8JsonReader(prefix, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { MaxDepth = 256 }));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return default;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                if (!reader.Read())
                {
                    return default;
                }

                if (isId)
                {
                    return reader.TokenType switch
                    {
                        JsonTokenType.String => new RequestId(reader.GetString()),
                        JsonTokenType.Number when reader.TryGetInt64(out var n) => new RequestId(n),
                        _ => default,
                    };
                }

                if (!reader.TrySkip())
                {
                    return default;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
        }

        return default;
    }

    private static JsonRpcMessage Classify(JsonElement root, long size)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new MalformedMessage($"expected a JSON object, got {root.ValueKind}");
        }

        RequestId id = default;
        if (root.TryGetProperty("id", out var idElement) && !TryReadId(idElement, out id))
        {
            return new MalformedMessage("id must be a string or an integer");
        }

        if (root.TryGetProperty("method", out var methodElement))
        {
            if (methodElement.ValueKind != JsonValueKind.String)
            {
                return new MalformedMessage("method must be a string");
            }

            var hasParams = root.TryGetProperty("params", out var paramsElement);
            return new InboundRequest
            {
                Method = methodElement.GetString()!,
                RequestId = id,
                HasParams = hasParams,
                Params = hasParams && paramsElement.ValueKind != JsonValueKind.Null ? paramsElement : null,
                Size = size,
            };
        }

        if (id.IsEmpty)
        {
            return new MalformedMessage("message has neither method nor id");
        }

        if (root.TryGetProperty("result", out var result))
        {
            return new InboundResult { RequestId = id, RawResult = result, Result = result };
        }

        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            var code = error.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : 0;
            var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            return new JsonRpcError
            {
                RequestId = id,
                Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = message ?? "" },
            };
        }

        return new MalformedMessage("response has neither result nor error");
    }

    private static bool TryReadId(JsonElement element, out RequestId id)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                id = new RequestId(element.GetString());
                return true;
            case JsonValueKind.Number when element.TryGetInt64(out var n):
                id = new RequestId(n);
                return true;
            default:
                id = default;
                return false;
        }
    }

    public void Serialize(IBufferWriter<byte> bufferWriter, JsonRpcMessage message)
    {
        using var writer = new Utf8JsonWriter(bufferWriter, new JsonWriterOptions { Encoder = Json.Encoder, SkipValidation = true });
        Write(writer, message);
    }

    /// <summary>Serializes <paramref name="message"/> into pooled chunks, ready to be queued and written.</summary>
    public static SerializedMessage Serialize(JsonRpcMessage message)
    {
        var builder = new SerializedMessage.Builder();
        using (var writer = new Utf8JsonWriter(builder, new JsonWriterOptions { Encoder = Json.Encoder, SkipValidation = true }))
        {
            Write(writer, message);
        }

        return builder.Build();
    }

    public object GetJsonText(JsonRpcMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Serialize(buffer, message);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, JsonRpcMessage message)
    {
        writer.WriteStartObject();
        switch (message)
        {
            case OutboundNotification notification:
                writer.WriteString("method", notification.Method);
                if (notification.Arguments is not null)
                {
                    writer.WritePropertyName("params");
                    WriteValue(writer, notification.Arguments);
                }

                writer.WriteNumber("emittedAtMs", notification.EmittedAtMs);
                break;
            case JsonRpcRequest request:
                WriteId(writer, request.RequestId);
                writer.WriteString("method", request.Method);
                if (request.Arguments is not null)
                {
                    writer.WritePropertyName("params");
                    WriteValue(writer, request.Arguments);
                }

                break;
            case JsonRpcResult result:
                WriteId(writer, result.RequestId);
                writer.WritePropertyName("result");
                WriteValue(writer, result.Result);
                break;
            case JsonRpcError error:
                writer.WritePropertyName("error");
                writer.WriteStartObject();
                writer.WriteNumber("code", (int)(error.Error?.Code ?? 0));
                writer.WriteString("message", error.Error?.Message);
                if (error.Error?.Data is { } data)
                {
                    writer.WritePropertyName("data");
                    WriteValue(writer, data);
                }

                writer.WriteEndObject();
                WriteId(writer, error.RequestId);
                break;
            default:
                throw new NotSupportedException($"Cannot write {message.GetType().Name}.");
        }

        writer.WriteEndObject();
    }

    private static void WriteId(Utf8JsonWriter writer, RequestId id)
    {
        if (id.String is { } s)
        {
            writer.WriteString("id", s);
        }
        else if (id.IsNull || id.IsEmpty)
        {
            writer.WriteNull("id");
        }
        else
        {
            writer.WriteNumber("id", id.Number!.Value);
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType(), Json);
                break;
        }
    }
}
