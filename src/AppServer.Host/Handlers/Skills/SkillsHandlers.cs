using System.Collections.Concurrent;
using AppServer.Config;
using AppServer.Config.Writing;
using AppServer.Core.Clients;
using AppServer.Core.Skills;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Skills;

namespace AppServer.Host.Handlers;

/// <summary>
/// <c>skills/list</c>, <c>skills/config/write</c> and <c>skills/extraRoots/set</c> over <see cref="SkillsService"/>;
/// sends <c>skills/changed</c> to every connection that has listed skills when watched skill files change.
/// </summary>
internal sealed class SkillsHandlers : IMethodHandlers
{
    private readonly SkillsService _skills;
    private readonly ConfigService _config;
    private readonly ConcurrentDictionary<string, IClientChannel> _listeners = new(StringComparer.Ordinal);

    public SkillsHandlers(SkillsService skills, ConfigService config)
    {
        _skills = skills;
        _config = config;
        _skills.Changed += NotifyChanged;
    }

    public void Register(HandlerMap map)
    {
        map.Add<SkillsListParams, SkillsListResponse>(SkillsMethods.List, List);
        map.Add<SkillsConfigWriteParams, SkillsConfigWriteResponse>(SkillsMethods.ConfigWrite, ConfigWrite);
        map.Add<SkillsExtraRootsSetParams, SkillsExtraRootsSetResponse>(SkillsMethods.ExtraRootsSet, ExtraRootsSet);
    }

    private Task<SkillsListResponse> List(SkillsListParams request, RequestContext context)
    {
        Listen(context.Client);
        var cwds = request.Cwds is { Count: > 0 } given ? given : [_config.DefaultCwd];
        // Relative cwds (the Codex TUI sends ".") are resolved against the server's cwd but echoed as given.
        var data = cwds.Select(cwd => ToWire(_skills.List(Path.GetFullPath(cwd, _config.DefaultCwd), request.ForceReload), cwd)).ToList();
        return Task.FromResult(new SkillsListResponse { Data = data });
    }

    private async Task<SkillsConfigWriteResponse> ConfigWrite(SkillsConfigWriteParams request, RequestContext context)
    {
        if ((request.Name is null) == (request.Path is null))
        {
            throw new RpcException(ErrorCodes.InvalidParams, "skills/config/write requires exactly one of path or name");
        }

        if (request.Path is { } path && !Path.IsPathFullyQualified(path))
        {
            throw new InvalidRequestException("Invalid request: AbsolutePathBuf deserialized without a base path");
        }

        try
        {
            var effective = await _skills.SetEnabledAsync(request.Name, request.Path, request.Enabled, context.Cancellation).ConfigureAwait(false);
            return new SkillsConfigWriteResponse { EffectiveEnabled = effective };
        }
        catch (ConfigWriteException ex)
        {
            throw new InvalidRequestException(ex.Message);
        }
    }

    private Task<SkillsExtraRootsSetResponse> ExtraRootsSet(SkillsExtraRootsSetParams request, RequestContext context)
    {
        if (request.ExtraRoots.FirstOrDefault(r => !Path.IsPathFullyQualified(r)) is not null)
        {
            throw new InvalidRequestException("Invalid request: AbsolutePathBuf deserialized without a base path");
        }

        _skills.SetExtraRoots(request.ExtraRoots);
        return Task.FromResult(new SkillsExtraRootsSetResponse());
    }

    private void Listen(IClientChannel client)
    {
        if (_listeners.TryAdd(client.ConnectionId, client))
        {
            client.Closed.Register(() => _listeners.TryRemove(client.ConnectionId, out _));
        }
    }

    private void NotifyChanged()
    {
        foreach (var client in _listeners.Values)
        {
            client.Notify(SkillsMethods.Changed, new SkillsChangedNotification());
        }
    }

    /// <summary>A skill's optional interface metadata in wire form (also used for plugin skills).</summary>
    internal static SkillInterface? Interface(Skill skill) => skill.Interface is { } i
        ? new SkillInterface
        {
            DisplayName = i.DisplayName,
            ShortDescription = i.ShortDescription,
            IconSmall = i.IconSmall,
            IconLarge = i.IconLarge,
            BrandColor = i.BrandColor,
            DefaultPrompt = i.DefaultPrompt,
        }
        : null;

    private static SkillsListEntry ToWire(SkillListing listing, string requestedCwd) => new()
    {
        Cwd = requestedCwd,
        Skills = listing.Skills.Select(s => ToWire(s.Skill, s.Enabled)).ToList(),
        Errors = listing.Errors.Select(e => new SkillErrorInfo { Path = e.Path, Message = e.Message }).ToList(),
    };

    private static SkillMetadata ToWire(Skill skill, bool enabled) => new()
    {
        Name = skill.Name,
        Description = skill.Description,
        ShortDescription = skill.ShortDescription,
        Interface = Interface(skill),
        Dependencies = skill.Dependencies is { } deps
            ? new SkillDependencies
            {
                Tools = deps.Select(d => new SkillToolDependency
                {
                    Type = d.Type,
                    Value = d.Value,
                    Description = d.Description,
                    Transport = d.Transport,
                    Command = d.Command,
                    Url = d.Url,
                }).ToList(),
            }
            : null,
        Path = skill.Path,
        Scope = skill.Scope switch
        {
            SkillScopeKind.Repo => SkillScope.Repo,
            SkillScopeKind.System => SkillScope.System,
            SkillScopeKind.Admin => SkillScope.Admin,
            _ => SkillScope.User,
        },
        Enabled = enabled,
        PluginId = skill.PluginId,
    };
}
