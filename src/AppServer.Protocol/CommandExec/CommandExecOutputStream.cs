using System.Text.Json.Serialization;

namespace AppServer.Protocol.CommandExec;

/// <summary>Which stream a <c>command/exec/outputDelta</c> chunk came from.</summary>
public enum CommandExecOutputStream
{
    /// <summary>stdout (PTY output is multiplexed here).</summary>
    [JsonStringEnumMemberName("stdout")]
    Stdout,

    /// <summary>stderr.</summary>
    [JsonStringEnumMemberName("stderr")]
    Stderr,
}
