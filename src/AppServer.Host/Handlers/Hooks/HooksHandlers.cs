using AppServer.Core.Hooks;
using AppServer.Core.Threads;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Hooks;
using AppServer.Protocol.Methods;

namespace AppServer.Host.Handlers;

/// <summary><c>hooks/list</c>: the hooks configured for each cwd, or for a loaded thread's cwd (running them is the turn engine's job).</summary>
internal sealed class HooksHandlers(HookCatalog catalog, ThreadRegistry threads) : IMethodHandlers
{
    public void Register(HandlerMap map) => map.Add<HooksListParams, HooksListResponse>(HooksMethods.List, List);

    private Task<HooksListResponse> List(HooksListParams request, RequestContext context)
    {
        if (request.ThreadId is { } threadId)
        {
            if (request.Cwds is { Count: > 0 })
            {
                throw new InvalidRequestException("specify either threadId or cwds");
            }

            // A loaded thread's hooks are those of its cwd.
            var id = ThreadId.Parse(threadId);
            var loaded = threads.Find(id) ?? throw new InvalidRequestException($"thread not found: {threadId}");
            var cwd = loaded.Settings.Cwd.Value;
            return Task.FromResult(new HooksListResponse { Data = [ToWire(catalog.List(cwd), cwd)] });
        }

        IReadOnlyList<string?> cwds = request.Cwds is { Count: > 0 } given ? given.ToList<string?>() : [null];
        // Relative cwds (the Codex TUI sends ".") are resolved against the server's cwd but echoed as given.
        var data = cwds.Select(cwd => ToWire(catalog.List(cwd is null ? null : Path.GetFullPath(cwd, catalog.DefaultCwd)), cwd)).ToList();
        return Task.FromResult(new HooksListResponse { Data = data });
    }

    private static HooksListEntry ToWire(HookListing listing, string? requestedCwd) => new()
    {
        Cwd = requestedCwd ?? listing.Cwd,
        Hooks = listing.Hooks.Select(ToWire).ToList(),
        Warnings = listing.Warnings,
        Errors = listing.Errors.Select(e => new HookErrorInfo { Path = e.Path, Message = e.Message }).ToList(),
    };

    private static HookMetadata ToWire(ConfiguredHook hook) => new()
    {
        Key = hook.Key,
        EventName = Enum.Parse<HookEventName>(hook.EventName, ignoreCase: true),
        HandlerType = hook.HandlerType,
        Command = hook.Command,
        Async = hook.HandlerType == "command" ? hook.Async : null,
        Server = hook.Server,
        Tool = hook.Tool,
        Matcher = hook.Matcher,
        TimeoutSec = hook.TimeoutSec,
        StatusMessage = hook.StatusMessage,
        AdditionalContextLimit = hook.AdditionalContextLimit,
        SourcePath = hook.SourcePath,
        Source = hook.Origin switch
        {
            HookOrigin.System => HookSource.System,
            HookOrigin.Project => HookSource.Project,
            HookOrigin.SessionFlags => HookSource.SessionFlags,
            _ => HookSource.User,
        },
        DisplayOrder = hook.DisplayOrder,
        Enabled = hook.Enabled,
        IsManaged = hook.IsManaged,
        CurrentHash = hook.CurrentHash,
        TrustStatus = hook.Trust switch
        {
            HookTrust.Managed => HookTrustStatus.Managed,
            HookTrust.Trusted => HookTrustStatus.Trusted,
            HookTrust.Modified => HookTrustStatus.Modified,
            _ => HookTrustStatus.Untrusted,
        },
    };
}
