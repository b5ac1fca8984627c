using System.Text.Json;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Serialization;
using AppServer.Protocol.Threads;

namespace AppServer.Tests.Foundation;

/// <summary>The shape grammar of raw-JSON fields, its serde wording, and the lone-surrogate scan.</summary>
public sealed class WireShapeTests
{
    [Theory]
    [InlineData("bool", "true", null)]
    [InlineData("bool", "null", "invalid type: null, expected a boolean")]
    [InlineData("bool?", "null", null)]
    [InlineData("string?", "1.5", "invalid type: floating point `1.5`, expected a string")]
    [InlineData("i64?", "\"7\"", "invalid type: string \"7\", expected i64")]
    [InlineData("[abspath]?", "[\"/a\", 3]", "invalid type: integer `3`, expected path string")]
    [InlineData("[abspath]?", "[\"a\"]", "AbsolutePathBuf deserialized without a base path")]
    [InlineData("{string}?", "{\"a\":\"b\",\"c\":false}", "invalid type: boolean `false`, expected a string")]
    [InlineData("[struct Foo]", "[{}, []]", "invalid type: sequence, expected struct Foo")]
    [InlineData("tagged Bar", "\"x\"", "invalid type: string \"x\", expected internally tagged enum Bar")]
    [InlineData("enum Mode(a|b|c)", "\"d\"", "unknown variant `d`, expected one of `a`, `b`, `c`")]
    [InlineData("enum Mode(a|b)", "{\"c\":1}", "unknown variant `c`, expected `a` or `b`")]
    [InlineData("enum Mode(a|b)", "{}", "invalid value: map, expected map with a single key")]
    [InlineData("enum Mode(a|b)", "[]", "invalid type: sequence, expected string or map")]
    [InlineData("untagged Cursor(string|map)", "5", "data did not match any variant of untagged enum Cursor")]
    [InlineData("untagged Cursor(string|map)", "{}", null)]
    [InlineData("any", "null", null)]
    public void Shapes_check_values_with_serde_wording(string shape, string json, string? expected)
    {
        using var document = JsonDocument.Parse(json);
        WireShape.Parse(shape).Check(document.RootElement).Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[bool")]
    [InlineData("float")]
    [InlineData("enum X")]
    [InlineData("bool ?x")]
    public void Malformed_shapes_are_programming_errors(string shape)
        => FluentActions.Invoking(() => WireShape.Parse(shape)).Should().Throw<FormatException>();

    [Fact]
    public void A_nul_byte_in_a_path_shape_names_the_field()
    {
        var act = () => ParamsReader.Read(JsonDocument.Parse("""{"runtimeWorkspaceRoots":["/a\u0000b"]}""").RootElement, typeof(ThreadStartParams));
        act.Should().Throw<InvalidRequestException>().WithMessage("Invalid request: unexpected NUL byte in `runtimeWorkspaceRoots[0]`");
    }

    [Theory]
    [InlineData("""{"a":"\ud800"}""", "lone surrogate `\\ud800` in `a`")]
    [InlineData("""{"a":["ok","x\uDFFFy"]}""", "lone surrogate `\\uDFFF` in `a[1]`")]
    [InlineData("""{"a":{"b":"\ud83d\ude00\ud83d"}}""", "lone surrogate `\\ud83d` in `a.b`")]
    [InlineData("""{"a":{"\udc00":1}}""", "lone surrogate `\\udc00` in a field name in `a`")]
    [InlineData("""{"a":"\ud83d\ude00"}""", null)]
    [InlineData("""{"a":"\\ud800"}""", null)]
    [InlineData("""{"a":"plain"}""", null)]
    public void Lone_surrogates_are_found_with_their_field(string json, string? expected)
    {
        using var document = JsonDocument.Parse(json);
        LoneSurrogates.Find(document.RootElement).Should().Be(expected);
    }
}
