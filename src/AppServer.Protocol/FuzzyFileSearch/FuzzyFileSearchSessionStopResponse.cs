namespace AppServer.Protocol.FuzzyFileSearch;

/// <summary>Empty result of <c>fuzzyFileSearch/sessionStop</c>.</summary>
public sealed class FuzzyFileSearchSessionStopResponse;
