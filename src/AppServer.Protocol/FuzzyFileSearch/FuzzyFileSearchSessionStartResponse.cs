namespace AppServer.Protocol.FuzzyFileSearch;

/// <summary>Empty result of <c>fuzzyFileSearch/sessionStart</c>.</summary>
public sealed class FuzzyFileSearchSessionStartResponse;
