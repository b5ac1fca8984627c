using System.Text.Json.Serialization;

namespace AppServer.Protocol.Initialize;

/// <summary>Result of <c>initialize</c>.</summary>
public sealed class InitializeResponse
{
    /// <summary><c>&lt;client&gt;/&lt;version&gt; (&lt;os&gt;; &lt;arch&gt;) &lt;terminal&gt; (&lt;client&gt;; &lt;client version&gt;)</c>.</summary>
    [JsonPropertyName("userAgent")]
    public required string UserAgent { get; init; }

    /// <summary>Absolute path to the server's <c>$CODEX_HOME</c> directory.</summary>
    [JsonPropertyName("codexHome")]
    public required string CodexHome { get; init; }

    /// <summary>Platform family of the host, e.g. <c>unix</c> or <c>windows</c>.</summary>
    [JsonPropertyName("platformFamily")]
    public required string PlatformFamily { get; init; }

    /// <summary>Operating system of the host, e.g. <c>linux</c>, <c>macos</c>, <c>windows</c>.</summary>
    [JsonPropertyName("platformOs")]
    public required string PlatformOs { get; init; }
}
