namespace AppServer.Core.Files;

/// <summary>One child of a directory; links are followed for the type.</summary>
public sealed record DirectoryEntry(string Name, bool IsDirectory, bool IsFile);
