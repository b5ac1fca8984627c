using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Hooks;

/// <summary>Params of <c>hooks/list</c>.</summary>
public sealed class HooksListParams
{
    /// <summary>Working directories to inspect; empty means the server's cwd.</summary>
    [JsonPropertyName("cwds")]
    [OsString]
    public IReadOnlyList<string>? Cwds { get; init; }

    /// <summary>List a loaded thread's hooks instead (its cwd).</summary>
    [JsonPropertyName("threadId")]
    public string? ThreadId { get; init; }
}
