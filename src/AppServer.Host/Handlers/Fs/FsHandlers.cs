using AppServer.Core.Files;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Fs;
using AppServer.Protocol.Methods;

namespace AppServer.Host.Handlers;

/// <summary><c>fs/*</c>: host filesystem access and watches, translated to <see cref="FileSystemService"/> and <see cref="FileWatchService"/>.</summary>
internal sealed class FsHandlers(FileSystemService files, FileWatchService watches) : IMethodHandlers
{
    public void Register(HandlerMap map)
    {
        map.Add<FsReadFileParams, FsReadFileResponse>(FsMethods.ReadFile, (p, _) =>
            Task.FromResult(new FsReadFileResponse { DataBase64 = files.ReadFile(p.Path.Value) }));
        map.Add<FsWriteFileParams, FsWriteFileResponse>(FsMethods.WriteFile, (p, _) =>
        {
            files.WriteFile(p.Path.Value, p.DataBase64);
            return Task.FromResult(new FsWriteFileResponse());
        });
        map.Add<FsCreateDirectoryParams, FsCreateDirectoryResponse>(FsMethods.CreateDirectory, (p, _) =>
        {
            files.CreateDirectory(p.Path.Value, p.Recursive ?? true);
            return Task.FromResult(new FsCreateDirectoryResponse());
        });
        map.Add<FsGetMetadataParams, FsGetMetadataResponse>(FsMethods.GetMetadata, (p, _) =>
        {
            var metadata = files.GetMetadata(p.Path.Value);
            return Task.FromResult(new FsGetMetadataResponse
            {
                IsDirectory = metadata.IsDirectory,
                IsFile = metadata.IsFile,
                IsSymlink = metadata.IsSymlink,
                CreatedAtMs = metadata.CreatedAtMs,
                ModifiedAtMs = metadata.ModifiedAtMs,
            });
        });
        map.Add<FsReadDirectoryParams, FsReadDirectoryResponse>(FsMethods.ReadDirectory, (p, _) =>
            Task.FromResult(new FsReadDirectoryResponse
            {
                Entries = files.ReadDirectory(p.Path.Value)
                    .Select(e => new FsReadDirectoryEntry { FileName = e.Name, IsDirectory = e.IsDirectory, IsFile = e.IsFile })
                    .ToList(),
            }));
        map.Add<FsRemoveParams, FsRemoveResponse>(FsMethods.Remove, (p, _) =>
        {
            files.Remove(p.Path.Value, p.Recursive ?? true, p.Force ?? true);
            return Task.FromResult(new FsRemoveResponse());
        });
        map.Add<FsCopyParams, FsCopyResponse>(FsMethods.Copy, (p, _) =>
        {
            files.Copy(p.SourcePath.Value, p.DestinationPath.Value, p.Recursive);
            return Task.FromResult(new FsCopyResponse());
        });
        map.Add<FsWatchParams, FsWatchResponse>(FsMethods.Watch, Watch);
        map.Add<FsUnwatchParams, FsUnwatchResponse>(FsMethods.Unwatch, (p, context) =>
        {
            watches.Unwatch(context.Client.ConnectionId, p.WatchId);
            return Task.FromResult(new FsUnwatchResponse());
        });
    }

    private Task<FsWatchResponse> Watch(FsWatchParams request, RequestContext context)
    {
        var client = context.Client;
        var watchId = request.WatchId;
        var path = watches.Watch(client.ConnectionId, watchId, request.Path.Value,
            changed => client.Notify(FsMethods.Changed, new FsChangedNotification { WatchId = watchId, ChangedPaths = changed }),
            client.Closed);
        return Task.FromResult(new FsWatchResponse { Path = path });
    }
}
