using System.Buffers;
using System.Text;
using AppServer.Host.Transport;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace AppServer.Tests.Foundation;

public sealed class WireFormatterTests
{
    private static readonly WireFormatter Formatter = new();

    private static string Write(JsonRpcMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Formatter.Serialize(buffer, message);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static JsonRpcMessage Read(string json) => Formatter.Deserialize(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Writes_the_reference_shapes_without_jsonrpc_member()
    {
        Write(new JsonRpcResult { RequestId = new RequestId(2), Result = new { ok = true } }).Should().Be("""{"id":2,"result":{"ok":true}}""");
        Write(new JsonRpcError { RequestId = new RequestId("s"), Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)(-32600), Message = "Not initialized" } })
            .Should().Be("""{"error":{"code":-32600,"message":"Not initialized"},"id":"s"}""");
        Write(new OutboundNotification { Method = "turn/started", Arguments = new { a = 1 }, EmittedAtMs = 42 })
            .Should().Be("""{"method":"turn/started","params":{"a":1},"emittedAtMs":42}""");
        Write(new JsonRpcRequest { RequestId = new RequestId(0), Method = "item/tool/call", Arguments = new { } })
            .Should().Be("""{"id":0,"method":"item/tool/call","params":{}}""");
    }

    [Fact]
    public void Error_data_is_written_when_present()
    {
        Write(new JsonRpcError { RequestId = new RequestId(1), Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)(-32600), Message = "m", Data = new { config_write_error_code = "configVersionConflict" } } })
            .Should().Be("""{"error":{"code":-32600,"message":"m","data":{"config_write_error_code":"configVersionConflict"}},"id":1}""");
    }

    [Theory]
    [InlineData("""{"id":1,"method":"a","params":{}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"a","params":{}}""")]
    public void Reads_requests_with_or_without_jsonrpc_member(string json)
    {
        var request = Read(json).Should().BeOfType<InboundRequest>().Subject;
        request.Method.Should().Be("a");
        request.RequestId.Number.Should().Be(1);
        request.HasParams.Should().BeTrue();
    }

    [Fact]
    public void Distinguishes_missing_and_null_params()
    {
        Read("""{"id":"x","method":"a"}""").Should().BeOfType<InboundRequest>().Which.HasParams.Should().BeFalse();
        var withNull = Read("""{"id":"x","method":"a","params":null}""").Should().BeOfType<InboundRequest>().Subject;
        withNull.HasParams.Should().BeTrue();
        withNull.Params.Should().BeNull();
    }

    [Theory]
    [InlineData("{bad")]
    [InlineData("[1]")]
    [InlineData("42")]
    [InlineData("""{"id":1.5,"method":"a"}""")]
    [InlineData("""{"id":null}""")]
    [InlineData("""{"id":3}""")]
    public void Unusable_input_becomes_a_malformed_message(string json)
        => Read(json).Should().BeOfType<MalformedMessage>();

    [Fact]
    public void Reads_client_answers_to_server_requests()
    {
        Read("""{"id":0,"result":{"decision":"accept"}}""").Should().BeOfType<InboundResult>()
            .Which.RawResult.GetProperty("decision").GetString().Should().Be("accept");
        Read("""{"id":1,"error":{"code":-1,"message":"no"}}""").Should().BeOfType<JsonRpcError>()
            .Which.Error!.Message.Should().Be("no");
    }

    [Theory]
    [InlineData(new byte[] { 0xff })]
    [InlineData(new byte[] { 0xc0, 0x80 })]
    [InlineData(new byte[] { 0xed, 0xa0, 0x80 })]
    [InlineData(new byte[] { 0xe2, 0x82 })]
    public void Invalid_utf8_anywhere_makes_a_malformed_message(byte[] bad)
    {
        byte[] inMethod = [.. "{\"id\":1,\"method\":\"a"u8, .. bad, .. "\"}"u8];
        byte[] inParams = [.. "{\"id\":1,\"method\":\"a\",\"params\":{\"x\":\""u8, .. bad, .. "\"}}"u8];
        Formatter.Deserialize(new ReadOnlySequence<byte>(inMethod)).Should().BeOfType<MalformedMessage>().Which.Reason.Should().Be("invalid UTF-8");
        Formatter.Deserialize(new ReadOnlySequence<byte>(inParams)).Should().BeOfType<MalformedMessage>();
    }

    [Fact]
    public void A_lone_surrogate_escape_in_method_or_id_makes_a_malformed_message()
    {
        Read("""{"id":1,"method":"a\ud800"}""").Should().BeOfType<MalformedMessage>();
        Read("""{"id":"\udc00","method":"a"}""").Should().BeOfType<MalformedMessage>();
    }

    [Theory]
    [InlineData("""{"id":7,"method":"x","params":{"pad":"aaaa""", 7L, null)]
    [InlineData("""{"jsonrpc":"2.0","id":"s","method":"x","params":{"pad":"aa""", null, "s")]
    [InlineData("""{"method":"x","params":{"pad":"aaaa""", null, null)]
    [InlineData("""{"params":{"pad":"aaaa""", null, null)]
    public void Peeks_the_id_from_the_start_of_a_truncated_message(string prefix, long? number, string? text)
    {
        var id = WireFormatter.PeekId(Encoding.UTF8.GetBytes(prefix));
        id.Number.Should().Be(number);
        id.String.Should().Be(text);
    }

    [Fact]
    public void Serialized_messages_hold_exactly_the_json_in_chunks()
    {
        var big = new string('x', 200_000);
        using var message = WireFormatter.Serialize(new OutboundNotification { Method = "m", Arguments = new { big }, EmittedAtMs = 1 });
        var json = Encoding.UTF8.GetString(message.ToArray());
        json.Should().Be("{\"method\":\"m\",\"params\":{\"big\":\"" + big + "\"},\"emittedAtMs\":1}");
        message.Length.Should().Be(json.Length);
    }
}
