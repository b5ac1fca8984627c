using System.Globalization;
using System.Text.Json.Nodes;
using AppServer.Config;
using AppServer.Config.Features;
using AppServer.Config.Models;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Features;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Models;
using AppServer.Protocol.Permissions;

namespace AppServer.Host.Handlers;

/// <summary>
/// <c>model/list</c>, <c>modelProvider/list</c>, <c>modelProvider/capabilities/read</c>, <c>experimentalFeature/list</c>,
/// <c>experimentalFeature/enablement/set</c> and <c>permissionProfile/list</c>: views of the catalog and the config.
/// </summary>
internal sealed class ModelHandlers(ConfigService config) : IMethodHandlers
{
    private static readonly (string Id, string SandboxMode)[] BuiltInPermissionProfiles =
        [(":read-only", "read-only"), (":workspace", "workspace-write"), (":danger-full-access", "danger-full-access")];

    public void Register(HandlerMap map)
    {
        map.Add<ModelListParams, ModelListResponse>(ModelMethods.ModelList, (p, _) => Task.FromResult(ModelList(p)));
        map.Add<ModelProviderListParams, ModelProviderListResponse>(ModelMethods.ModelProviderList, (_, _) => Task.FromResult(ProviderList()));
        map.Add<ModelProviderCapabilitiesReadParams, ModelProviderCapabilitiesReadResponse>(ModelMethods.ModelProviderCapabilitiesRead, (_, _) => Task.FromResult(Capabilities()));
        map.Add<ExperimentalFeatureListParams, ExperimentalFeatureListResponse>(ModelMethods.ExperimentalFeatureList, (p, _) => Task.FromResult(FeatureList(p)));
        map.Add<ExperimentalFeatureEnablementSetParams, ExperimentalFeatureEnablementSetResponse>(ModelMethods.ExperimentalFeatureEnablementSet, (p, _) => Task.FromResult(FeatureSet(p)));
        map.Add<PermissionProfileListParams, PermissionProfileListResponse>(ModelMethods.PermissionProfileList, (p, _) => Task.FromResult(PermissionProfiles(p)));
    }

    private ModelListResponse ModelList(ModelListParams request)
    {
        var models = config.Models.List()
            .Where(m => request.IncludeHidden == true || ConfigValues.String(m, "visibility") is null or "list")
            .ToList();
        var (page, next) = Page(models, request.Cursor, request.Limit);
        return new ModelListResponse { Data = page.Select(ToWire).ToList(), NextCursor = next };
    }

    private static ModelInfo ToWire(JsonObject m)
    {
        var slug = ConfigValues.String(m, "slug")!;
        var upgrade = ConfigValues.Table(m, "upgrade");
        var nux = ConfigValues.Table(m, "availability_nux");
        return new ModelInfo
        {
            Id = slug,
            Model = slug,
            Upgrade = ConfigValues.String(upgrade, "model"),
            UpgradeInfo = upgrade is null ? null : new ModelUpgradeInfo
            {
                Model = ConfigValues.String(upgrade, "model")!,
                UpgradeCopy = ConfigValues.String(upgrade, "upgrade_copy"),
                ModelLink = ConfigValues.String(upgrade, "model_link"),
                MigrationMarkdown = ConfigValues.String(upgrade, "migration_markdown"),
                RetirementAt = ConfigValues.Long(upgrade, "retirement_at"),
            },
            AvailabilityNux = ConfigValues.String(nux, "message") is { } message ? new ModelAvailabilityNux { Message = message } : null,
            DisplayName = ConfigValues.String(m, "display_name") ?? slug,
            Description = ConfigValues.String(m, "description") ?? "",
            ModelSpecialty = ConfigValues.String(m, "model_specialty"),
            Hidden = ConfigValues.String(m, "visibility") is not (null or "list"),
            SupportedReasoningEfforts = (m["supported_reasoning_levels"] as JsonArray ?? []).OfType<JsonObject>()
                .Select(l => new ReasoningEffortOption { ReasoningEffort = ConfigValues.String(l, "effort") ?? "medium", Description = ConfigValues.String(l, "description") ?? "" })
                .ToList(),
            DefaultReasoningEffort = ConfigValues.String(m, "default_reasoning_level") ?? "medium",
            InputModalities = ConfigValues.StringList(m, "input_modalities")?.ToList() ?? ["text", "image"],
            MultiAgentVersion = ConfigValues.String(m, "multi_agent_version"),
            AdditionalSpeedTiers = ConfigValues.StringList(m, "additional_speed_tiers")?.ToList() ?? [],
            ServiceTiers = (m["service_tiers"] as JsonArray ?? []).OfType<JsonObject>()
                .Select(t => new ModelServiceTier { Id = ConfigValues.String(t, "id") ?? "", Name = ConfigValues.String(t, "name") ?? "", Description = ConfigValues.String(t, "description") ?? "" })
                .ToList(),
            DefaultServiceTier = ConfigValues.String(m, "default_service_tier"),
            IsDefault = slug == ModelCatalogService.DefaultModel,
        };
    }

    private ModelProviderListResponse ProviderList()
    {
        var effective = config.Load().Effective;
        var data = effective.ModelProviders.Values
            .Where(p => !p.IsBuiltIn || p.Id == BuiltInProviders.OpenAiId)
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new ModelProviderSummary
            {
                Id = p.Id,
                Name = p.Name,
                CanEdit = !p.IsBuiltIn,
                BaseUrl = p.IsBuiltIn ? null : p.BaseUrl,
                Settings = p.Id == BuiltInProviders.OpenAiId
                    ? new OpenAiProviderSettings()
                    : new CustomGatewayProviderSettings
                    {
                        Auth = p.EnvKey is { } envKey ? new EnvironmentVariableGatewayAuth { EnvKey = envKey } : new NoneGatewayAuth(),
                    },
            })
            .ToList();
        return new ModelProviderListResponse { Data = data, DefaultProviderId = BuiltInProviders.OpenAiId, CanChangeDefault = true };
    }

    private ModelProviderCapabilitiesReadResponse Capabilities()
    {
        // Hosted tools (image generation, web search) exist only on OpenAI's own API.
        var openAi = config.Load().Effective.ModelProviderId == BuiltInProviders.OpenAiId;
        return new ModelProviderCapabilitiesReadResponse { ImageGeneration = openAi, WebSearch = openAi };
    }

    private ExperimentalFeatureListResponse FeatureList(ExperimentalFeatureListParams request)
    {
        var features = config.Load().Effective.Features;
        var all = FeatureRegistry.All.Select(f => new ExperimentalFeatureInfo
        {
            Name = f.Name,
            Stage = (ExperimentalFeatureStage)(int)f.Stage,
            DisplayName = f.DisplayName,
            Description = f.Description,
            Announcement = f.Announcement,
            Enabled = features.TryGetValue(f.Name, out var on) ? on : f.DefaultEnabled,
            DefaultEnabled = f.DefaultEnabled,
        }).ToList();
        var (page, next) = Page(all, request.Cursor, request.Limit);
        return new ExperimentalFeatureListResponse { Data = page, NextCursor = next };
    }

    private ExperimentalFeatureEnablementSetResponse FeatureSet(ExperimentalFeatureEnablementSetParams request)
    {
        foreach (var name in request.Enablement.Keys)
        {
            if (!FeatureRegistry.IsKnown(name))
            {
                throw new InvalidRequestException($"unknown feature: {name}");
            }
        }

        config.SetRuntimeFeatures(request.Enablement);
        return new ExperimentalFeatureEnablementSetResponse { Enablement = new Dictionary<string, bool>(request.Enablement) };
    }

    private PermissionProfileListResponse PermissionProfiles(PermissionProfileListParams request)
    {
        if (request.Cwd is { } cwd && !Path.IsPathFullyQualified(cwd))
        {
            throw new InvalidRequestException("Invalid request: AbsolutePathBuf deserialized without a base path");
        }

        var snapshot = config.Load(request.Cwd);
        var allowedModes = snapshot.Requirements?.AllowedSandboxModes;
        var profiles = BuiltInPermissionProfiles
            .Select(p => new PermissionProfileSummary { Id = p.Id, Allowed = allowedModes is null || allowedModes.Contains(p.SandboxMode) })
            .ToList();
        if (snapshot.Merged["permissions"] is JsonObject custom)
        {
            foreach (var (id, node) in custom)
            {
                profiles.Add(new PermissionProfileSummary { Id = id, Description = ConfigValues.String(node as JsonObject, "description"), Allowed = true });
            }
        }

        var (page, next) = Page(profiles, request.Cursor, request.Limit);
        return new PermissionProfileListResponse { Data = page, NextCursor = next };
    }

    /// <summary>Offset paging with the offset as an opaque string cursor, as the reference does.</summary>
    private static (List<T> Page, string? Next) Page<T>(List<T> items, string? cursor, uint? limit)
    {
        var start = 0;
        if (cursor is not null && (!int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out start) || start > items.Count))
        {
            throw new InvalidRequestException($"invalid cursor: {cursor}");
        }

        var count = limit is { } l && l > 0 ? (int)Math.Min(l, int.MaxValue) : items.Count;
        var page = items.Skip(start).Take(count).ToList();
        var end = start + page.Count;
        return (page, end < items.Count ? end.ToString(CultureInfo.InvariantCulture) : null);
    }
}
