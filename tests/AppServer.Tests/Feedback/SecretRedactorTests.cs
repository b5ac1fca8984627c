using AppServer.Core.Feedback;

namespace AppServer.Tests.Feedback;

/// <summary>What the feedback bundle masks before writing text.</summary>
public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("key sk-proj-abcdefghijklmnop end", "sk-proj-abcdefghijklmnop")]
    [InlineData("Authorization: Bearer eyJhbGciOi.payload.sig", "eyJhbGciOi.payload.sig")]
    [InlineData("api_key = \"my-config-value\"", "my-config-value")]
    [InlineData("{\"refresh_token\":\"rt-value-123\"}", "rt-value-123")]
    [InlineData("PASSWORD: letmein99", "letmein99")]
    [InlineData("plain literal-secret-4242 here", "literal-secret-4242")]
    public void Secrets_are_masked(string text, string secret)
    {
        var redacted = new SecretRedactor(["literal-secret-4242"]).Redact(text);
        redacted.Should().NotContain(secret).And.Contain(SecretRedactor.Mask);
    }

    [Fact]
    public void Ordinary_text_is_kept()
        => new SecretRedactor([]).Redact("INFO turn completed in 3 ms; path=/tmp/x").Should().Be("INFO turn completed in 3 ms; path=/tmp/x");
}
