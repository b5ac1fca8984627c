using System.Runtime.InteropServices;
using AppServer.Protocol.Errors;

namespace AppServer.Core.Files;

/// <summary>
/// Reports filesystem failures the way the reference does: the OS message and errno,
/// e.g. <c>No such file or directory (os error 2)</c>, as a -32603 error.
/// </summary>
internal static class OsError
{
    /// <summary>ENOENT.</summary>
    public const int NoEntry = 2;

    /// <summary>EEXIST.</summary>
    public const int Exists = 17;

    /// <summary>ENOTDIR.</summary>
    public const int NotDirectory = 20;

    /// <summary>EISDIR.</summary>
    public const int IsDirectory = 21;

    /// <summary>ENOTEMPTY (Linux numbering; macOS uses 66).</summary>
    public static int NotEmpty => OperatingSystem.IsMacOS() ? 66 : 39;

    /// <summary>The error for an errno value.</summary>
    public static InternalErrorException For(int errno) => new($"{Marshal.GetPInvokeErrorMessage(errno)} (os error {errno})");

    /// <summary>The error for a .NET I/O exception, recovering the errno where .NET kept it.</summary>
    public static InternalErrorException From(Exception exception) => Errno(exception) is { } errno ? For(errno) : new InternalErrorException(exception.Message);

    private static int? Errno(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => NoEntry,
        PathTooLongException => 36,
        UnauthorizedAccessException { InnerException: IOException inner } when IsErrno(inner.HResult) => inner.HResult,
        UnauthorizedAccessException => 13,
        IOException io when IsErrno(io.HResult) => io.HResult,
        _ => null,
    };

    // On Unix .NET stores the raw errno as the HResult of the IOExceptions it does not map to a subtype.
    private static bool IsErrno(int value) => value is > 0 and < 200;
}
