using System.Text.Json.Serialization;

namespace AppServer.Protocol.FuzzyFileSearch;

/// <summary>Whether a match is a file or a directory.</summary>
public enum FuzzyFileSearchMatchType
{
    /// <summary>A file (or a symlink to one).</summary>
    [JsonStringEnumMemberName("file")]
    File,

    /// <summary>A directory.</summary>
    [JsonStringEnumMemberName("directory")]
    Directory,
}
