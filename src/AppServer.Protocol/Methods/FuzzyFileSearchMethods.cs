using AppServer.Protocol.FuzzyFileSearch;

namespace AppServer.Protocol.Methods;

/// <summary>Fuzzy file search: <c>fuzzyFileSearch</c> and its experimental streaming sessions.</summary>
public static class FuzzyFileSearchMethods
{
    /// <summary><c>fuzzyFileSearch</c>.</summary>
    public static readonly MethodDescriptor Search = MethodDescriptor.Create<FuzzyFileSearchParams, FuzzyFileSearchResponse>("fuzzyFileSearch");

    /// <summary><c>fuzzyFileSearch/sessionStart</c>.</summary>
    public static readonly MethodDescriptor SessionStart = MethodDescriptor.Create<FuzzyFileSearchSessionStartParams, FuzzyFileSearchSessionStartResponse>("fuzzyFileSearch/sessionStart", experimental: true);

    /// <summary><c>fuzzyFileSearch/sessionUpdate</c>.</summary>
    public static readonly MethodDescriptor SessionUpdate = MethodDescriptor.Create<FuzzyFileSearchSessionUpdateParams, FuzzyFileSearchSessionUpdateResponse>("fuzzyFileSearch/sessionUpdate", experimental: true);

    /// <summary><c>fuzzyFileSearch/sessionStop</c>.</summary>
    public static readonly MethodDescriptor SessionStop = MethodDescriptor.Create<FuzzyFileSearchSessionStopParams, FuzzyFileSearchSessionStopResponse>("fuzzyFileSearch/sessionStop", experimental: true);

    /// <summary><c>fuzzyFileSearch/sessionUpdated</c> notification.</summary>
    public static readonly NotificationDescriptor<FuzzyFileSearchSessionUpdatedNotification> SessionUpdated = new("fuzzyFileSearch/sessionUpdated");

    /// <summary><c>fuzzyFileSearch/sessionCompleted</c> notification.</summary>
    public static readonly NotificationDescriptor<FuzzyFileSearchSessionCompletedNotification> SessionCompleted = new("fuzzyFileSearch/sessionCompleted");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [Search, SessionStart, SessionUpdate, SessionStop];
}
