namespace AppServer.Protocol.FuzzyFileSearch;

/// <summary>Empty result of <c>fuzzyFileSearch/sessionUpdate</c>; results follow as notifications.</summary>
public sealed class FuzzyFileSearchSessionUpdateResponse;
