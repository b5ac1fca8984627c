using System.Text.Json;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Initialize;

namespace AppServer.Tests.Foundation;

/// <summary>The serde-style messages clients match on.</summary>
public sealed class ParamsReaderTests
{
    [Theory]
    [InlineData("""{}""", "Invalid request: missing field `clientInfo`")]
    [InlineData("""{"clientInfo":{"version":"1"}}""", "Invalid request: missing field `name`")]
    [InlineData("""{"clientInfo":{"name":5,"version":"1"}}""", "Invalid request: invalid type: integer `5`, expected a string")]
    [InlineData("""{"clientInfo":{"name":null,"version":"1"}}""", "Invalid request: invalid type: null, expected a string")]
    [InlineData("""{"clientInfo":{"name":"a","version":1.5}}""", "Invalid request: invalid type: floating point `1.5`, expected a string")]
    [InlineData("""{"clientInfo":"x"}""", "Invalid request: invalid type: string \"x\", expected struct ClientInfo")]
    [InlineData("""{"clientInfo":{"name":"a","version":"1"},"capabilities":{"experimentalApi":"yes"}}""", "Invalid request: invalid type: string \"yes\", expected a boolean")]
    [InlineData("""{"clientInfo":{"name":"a","version":"1"},"capabilities":{"optOutNotificationMethods":[1]}}""", "Invalid request: invalid type: integer `1`, expected a string")]
    [InlineData("""[1,2]""", "Invalid request: invalid type: sequence, expected struct InitializeParams")]
    public void Bad_params_get_the_reference_message(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);
        var act = () => ParamsReader.Read(document.RootElement, typeof(InitializeParams));
        act.Should().Throw<InvalidRequestException>().Which.Message.Should().Be(expected);
    }

    [Fact]
    public void Unknown_fields_are_ignored_like_serde()
    {
        using var document = JsonDocument.Parse("""{"clientInfo":{"name":"a","version":"1","extra":true},"future":1}""");
        var result = (InitializeParams)ParamsReader.Read(document.RootElement, typeof(InitializeParams));
        result.ClientInfo.Name.Should().Be("a");
    }
}
