using AppServer.Protocol.Fs;

namespace AppServer.Protocol.Methods;

/// <summary>Host filesystem access: <c>fs/*</c>.</summary>
public static class FsMethods
{
    /// <summary><c>fs/readFile</c>.</summary>
    public static readonly MethodDescriptor ReadFile = MethodDescriptor.Create<FsReadFileParams, FsReadFileResponse>("fs/readFile");

    /// <summary><c>fs/writeFile</c>.</summary>
    public static readonly MethodDescriptor WriteFile = MethodDescriptor.Create<FsWriteFileParams, FsWriteFileResponse>("fs/writeFile");

    /// <summary><c>fs/createDirectory</c>.</summary>
    public static readonly MethodDescriptor CreateDirectory = MethodDescriptor.Create<FsCreateDirectoryParams, FsCreateDirectoryResponse>("fs/createDirectory");

    /// <summary><c>fs/getMetadata</c>.</summary>
    public static readonly MethodDescriptor GetMetadata = MethodDescriptor.Create<FsGetMetadataParams, FsGetMetadataResponse>("fs/getMetadata");

    /// <summary><c>fs/readDirectory</c>.</summary>
    public static readonly MethodDescriptor ReadDirectory = MethodDescriptor.Create<FsReadDirectoryParams, FsReadDirectoryResponse>("fs/readDirectory");

    /// <summary><c>fs/remove</c>.</summary>
    public static readonly MethodDescriptor Remove = MethodDescriptor.Create<FsRemoveParams, FsRemoveResponse>("fs/remove");

    /// <summary><c>fs/copy</c>.</summary>
    public static readonly MethodDescriptor Copy = MethodDescriptor.Create<FsCopyParams, FsCopyResponse>("fs/copy");

    /// <summary><c>fs/watch</c>.</summary>
    public static readonly MethodDescriptor Watch = MethodDescriptor.Create<FsWatchParams, FsWatchResponse>("fs/watch");

    /// <summary><c>fs/unwatch</c>.</summary>
    public static readonly MethodDescriptor Unwatch = MethodDescriptor.Create<FsUnwatchParams, FsUnwatchResponse>("fs/unwatch");

    /// <summary><c>fs/changed</c> notification.</summary>
    public static readonly NotificationDescriptor<FsChangedNotification> Changed = new("fs/changed");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } =
        [ReadFile, WriteFile, CreateDirectory, GetMetadata, ReadDirectory, Remove, Copy, Watch, Unwatch];
}
