using System.Buffers;
using System.Buffers.Text;
using AppServer.Protocol.Errors;

namespace AppServer.Core.Files;

/// <summary>
/// Host filesystem operations for <c>fs/*</c>. Paths are absolute and normalized by the caller. Failures
/// surface as the OS error (see <see cref="OsError"/>) or as the reference's -32600 messages.
/// </summary>
public sealed class FileSystemService
{
    /// <summary>Reads a regular file.</summary>
    public byte[] ReadFile(string path) => Run(() =>
    {
        if (Directory.Exists(path))
        {
            throw new InvalidRequestException($"path `{path}` is not a file");
        }

        return File.ReadAllBytes(path);
    });

    /// <summary>Decodes <paramref name="base64"/> and writes it, replacing the file.</summary>
    public void WriteFile(string path, string base64)
    {
        var data = DecodeBase64(base64);
        Run(() =>
        {
            if (Directory.Exists(path))
            {
                throw OsError.For(OsError.IsDirectory);
            }

            File.WriteAllBytes(path, data);
        });
    }

    /// <summary>Creates a directory (and its parents when <paramref name="recursive"/>).</summary>
    public void CreateDirectory(string path, bool recursive) => Run(() =>
    {
        if (Directory.Exists(path))
        {
            if (!recursive)
            {
                throw OsError.For(OsError.Exists);
            }

            return;
        }

        if (Exists(path))
        {
            throw OsError.For(OsError.Exists);
        }

        if (!recursive && !Directory.Exists(Path.GetDirectoryName(path)))
        {
            throw OsError.For(File.Exists(Path.GetDirectoryName(path)) ? OsError.NotDirectory : OsError.NoEntry);
        }

        Directory.CreateDirectory(path);
    });

    /// <summary>What <paramref name="path"/> is; links are followed for the type and times.</summary>
    public FileMetadata GetMetadata(string path) => Run(() =>
    {
        var entry = new FileInfo(path);
        var isLink = entry.LinkTarget is not null;
        if (!entry.Exists && !Directory.Exists(path) && !isLink)
        {
            throw OsError.For(OsError.NoEntry);
        }

        FileSystemInfo target = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (isLink)
        {
            // FileSystemInfo reports a link's own times; stat(2), like the reference, follows the link.
            target = target.ResolveLinkTarget(returnFinalTarget: true) ?? target;
        }

        if (!target.Exists)
        {
            throw OsError.For(OsError.NoEntry); // dangling link: following it fails, as stat(2) does
        }

        var isDirectory = target is DirectoryInfo;
        return new FileMetadata(
            IsDirectory: isDirectory,
            IsFile: !isDirectory,
            IsSymlink: isLink,
            // Linux filesystems rarely expose a birth time; report 0 ("unavailable") like the reference.
            CreatedAtMs: OperatingSystem.IsLinux() ? 0 : new DateTimeOffset(target.CreationTimeUtc).ToUnixTimeMilliseconds(),
            ModifiedAtMs: new DateTimeOffset(target.LastWriteTimeUtc).ToUnixTimeMilliseconds());
    });

    /// <summary>The direct children of a directory.</summary>
    public IReadOnlyList<DirectoryEntry> ReadDirectory(string path) => Run(() =>
    {
        if (!Directory.Exists(path))
        {
            throw OsError.For(Exists(path) ? OsError.NotDirectory : OsError.NoEntry);
        }

        return new DirectoryInfo(path).EnumerateFileSystemInfos().Select(info =>
        {
            var isDirectory = Directory.Exists(info.FullName);
            return new DirectoryEntry(info.Name, isDirectory, !isDirectory && File.Exists(info.FullName));
        }).ToList();
    });

    /// <summary>Removes a file, link or directory (tree when <paramref name="recursive"/>); a missing path is fine when <paramref name="force"/>.</summary>
    public void Remove(string path, bool recursive, bool force) => Run(() =>
    {
        var entry = new FileInfo(path);
        if (entry.LinkTarget is not null || entry.Exists)
        {
            File.Delete(path);
            return;
        }

        if (!Directory.Exists(path))
        {
            if (!force)
            {
                throw OsError.For(OsError.NoEntry);
            }

            return;
        }

        if (!recursive && Directory.EnumerateFileSystemEntries(path).Any())
        {
            throw OsError.For(OsError.NotEmpty);
        }

        Directory.Delete(path, recursive);
    });

    /// <summary>Copies a file, a link (as a link) or, with <paramref name="recursive"/>, a directory tree.</summary>
    public void Copy(string source, string destination, bool recursive) => Run(() =>
    {
        var entry = new FileInfo(source);
        if (entry.LinkTarget is { } linkTarget)
        {
            if (Exists(destination))
            {
                throw OsError.For(OsError.Exists);
            }

            File.CreateSymbolicLink(destination, linkTarget);
            return;
        }

        if (Directory.Exists(source))
        {
            if (!recursive)
            {
                throw new InvalidRequestException("fs/copy requires recursive: true when sourcePath is a directory");
            }

            if (destination == source || destination.StartsWith(source.TrimEnd('/') + "/", StringComparison.Ordinal))
            {
                throw new InvalidRequestException("fs/copy cannot copy a directory to itself or one of its descendants");
            }

            CopyTree(source, destination);
            return;
        }

        if (!entry.Exists)
        {
            throw OsError.For(OsError.NoEntry);
        }

        if (Directory.Exists(destination))
        {
            throw OsError.For(OsError.IsDirectory);
        }

        File.Copy(source, destination, overwrite: true);
    });

    private static void CopyTree(string source, string destination)
    {
        if (Exists(destination))
        {
            throw OsError.For(OsError.Exists);
        }

        Directory.CreateDirectory(destination);
        foreach (var child in new DirectoryInfo(source).EnumerateFileSystemInfos())
        {
            var target = Path.Combine(destination, child.Name);
            if (child.LinkTarget is { } linkTarget)
            {
                File.CreateSymbolicLink(target, linkTarget);
            }
            else if (child is DirectoryInfo)
            {
                CopyTree(child.FullName, target);
            }
            else
            {
                File.Copy(child.FullName, target);
            }
        }
    }

    private static bool Exists(string path) => Path.Exists(path) || new FileInfo(path).LinkTarget is not null;


    private static byte[] DecodeBase64(string text)
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes(text);
        var output = new byte[Base64.GetMaxDecodedFromUtf8Length(bytes.Length)];
        var status = Base64.DecodeFromUtf8(bytes, output, out var consumed, out var written);
        if (status == OperationStatus.Done)
        {
            return output.AsSpan(0, written).ToArray();
        }

        var offset = consumed;
        while (offset < text.Length && IsBase64Char(text[offset]))
        {
            offset++;
        }

        var detail = offset < text.Length
            ? $"Invalid symbol {(int)text[offset]}, offset {offset}."
            : "Invalid padding";
        throw new InvalidRequestException($"fs/writeFile requires valid base64 dataBase64: {detail}");
    }

    private static bool IsBase64Char(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '+' or '/' or '=';

    private static T Run<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw OsError.From(ex);
        }
    }

    private static void Run(Action operation) => Run(() =>
    {
        operation();
        return 0;
    });
}
