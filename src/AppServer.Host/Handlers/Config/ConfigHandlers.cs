using System.Text.Json.Nodes;
using AppServer.Config;
using AppServer.Config.Writing;
using AppServer.Core.Hooks;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Config;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Methods;
using CoreEdit = AppServer.Config.Writing.ConfigEdit;

namespace AppServer.Host.Handlers;

/// <summary>
/// <c>config/read</c>, <c>config/value/write</c>, <c>config/batchWrite</c>, <c>configRequirements/read</c> and
/// <c>config/mcpServer/reload</c>: thin translations onto <see cref="ConfigService"/>.
/// </summary>
internal sealed class ConfigHandlers(ConfigService config) : IMethodHandlers
{
    public void Register(HandlerMap map)
    {
        map.Add<ConfigReadParams, ConfigReadResponse>(ConfigMethods.Read, Read);
        map.Add<ConfigValueWriteParams, ConfigWriteResponse>(ConfigMethods.ValueWrite, ValueWrite);
        map.Add<ConfigBatchWriteParams, ConfigWriteResponse>(ConfigMethods.BatchWrite, BatchWrite);
        map.Add<ConfigRequirementsReadResponse>(ConfigMethods.RequirementsRead, _ => Task.FromResult(RequirementsRead()));
        map.Add<McpServerRefreshResponse>(ConfigMethods.McpServerReload, McpServerReload);
    }

    private Task<ConfigReadResponse> Read(ConfigReadParams request, RequestContext context)
    {
        // Like the reference, a relative cwd (the Codex TUI sends ".") is taken relative to the server's cwd.
        var snapshot = config.Load(request.Cwd is { } cwd ? Path.GetFullPath(cwd, config.DefaultCwd) : null);
        NotifyFileProblems(snapshot, context);
        return Task.FromResult(new ConfigReadResponse
        {
            Config = ConfigReadView.Build(snapshot.Merged),
            Origins = snapshot.Origins.ToDictionary(o => o.Key, o => ConfigWireMapper.Metadata(o.Value), StringComparer.Ordinal),
            Layers = request.IncludeLayers ? snapshot.Layers.Select(ConfigWireMapper.Layer).ToList() : null,
        });
    }

    private Task<ConfigWriteResponse> ValueWrite(ConfigValueWriteParams request, RequestContext context)
        => WriteAsync([new CoreEdit(request.KeyPath, request.Value, Strategy(request.MergeStrategy))], request.ExpectedVersion, request.FilePath, context);

    private Task<ConfigWriteResponse> BatchWrite(ConfigBatchWriteParams request, RequestContext context)
        => WriteAsync(
            request.Edits.Select(e => new CoreEdit(e.KeyPath, e.Value, Strategy(e.MergeStrategy))).ToList(),
            request.ExpectedVersion,
            request.FilePath,
            context);

    private async Task<ConfigWriteResponse> WriteAsync(IReadOnlyList<CoreEdit> edits, string? expectedVersion, string? filePath, RequestContext context)
    {
        ConfigWriteResult result;
        try
        {
            result = await config.WriteAsync(edits, expectedVersion, filePath, context.Cancellation).ConfigureAwait(false);
        }
        catch (ConfigWriteException ex)
        {
            throw new InvalidRequestException(ex.Message, new Dictionary<string, string> { ["config_write_error_code"] = ex.WireCode });
        }

        return new ConfigWriteResponse
        {
            Status = result.Overridden is null ? WriteStatus.Ok : WriteStatus.OkOverridden,
            Version = result.Version,
            FilePath = result.FilePath,
            OverriddenMetadata = result.Overridden is { } o
                ? new OverriddenMetadata
                {
                    Message = o.Message,
                    OverridingLayer = ConfigWireMapper.Metadata(o.OverridingLayer),
                    EffectiveValue = o.EffectiveValue,
                }
                : null,
        };
    }

    private ConfigRequirementsReadResponse RequirementsRead()
    {
        config.ReloadRequirements();
        var requirements = config.Requirements;
        return new ConfigRequirementsReadResponse
        {
            SupportsIndependentSpeedModes = true,
            Requirements = requirements is null
                ? null
                : new ConfigRequirementsInfo
                {
                    AllowedLoginMethods = ["api", "chatgpt"],
                    AllowedApprovalPolicies = requirements.AllowedApprovalPolicies?.ToList(),
                    AllowedSandboxModes = requirements.AllowedSandboxModes?.ToList(),
                    AllowedWebSearchModes = requirements.AllowedWebSearchModes?.ToList(),
                    FeatureRequirements = requirements.FeaturePins?.ToDictionary(p => p.Key, p => p.Value),
                    AllowManagedHooksOnly = requirements.AllowManagedHooksOnly,
                    Hooks = requirements.ManagedHooks is { } hooks ? HookCatalog.DescribeRequirementHooks(hooks) : null,
                },
        };
    }

    private Task<McpServerRefreshResponse> McpServerReload(RequestContext context)
    {
        config.ReloadRequirements();
        config.NotifyUserConfigChanged();
        return Task.FromResult(new McpServerRefreshResponse());
    }

    private static void NotifyFileProblems(ConfigSnapshot snapshot, RequestContext context)
    {
        foreach (var warning in snapshot.Warnings.Where(w => w.Path is not null))
        {
            context.AfterResponse(() => context.Client.Notify(ConfigMethods.Warning, ConfigWireMapper.Warning(warning)));
        }
    }

    private static ConfigMergeStrategy Strategy(MergeStrategy strategy)
        => strategy == MergeStrategy.Upsert ? ConfigMergeStrategy.Upsert : ConfigMergeStrategy.Replace;
}
