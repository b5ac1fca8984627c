using AppServer.Protocol.Features;
using AppServer.Protocol.Models;
using AppServer.Protocol.Permissions;

namespace AppServer.Protocol.Methods;

/// <summary>Models, providers, feature flags and permission profiles: read-mostly views of the config.</summary>
public static class ModelMethods
{
    /// <summary><c>model/list</c>: the model catalog, paged.</summary>
    public static readonly MethodDescriptor ModelList = MethodDescriptor.Create<ModelListParams, ModelListResponse>("model/list");

    /// <summary><c>modelProvider/list</c>: configured providers.</summary>
    public static readonly MethodDescriptor ModelProviderList = MethodDescriptor.Create<ModelProviderListParams, ModelProviderListResponse>("modelProvider/list");

    /// <summary><c>modelProvider/capabilities/read</c>: hosted tools of the active provider.</summary>
    public static readonly MethodDescriptor ModelProviderCapabilitiesRead =
        MethodDescriptor.Create<ModelProviderCapabilitiesReadParams, ModelProviderCapabilitiesReadResponse>("modelProvider/capabilities/read");

    /// <summary><c>experimentalFeature/list</c>: every feature flag with its state.</summary>
    public static readonly MethodDescriptor ExperimentalFeatureList =
        MethodDescriptor.Create<ExperimentalFeatureListParams, ExperimentalFeatureListResponse>("experimentalFeature/list");

    /// <summary><c>experimentalFeature/enablement/set</c>: process-wide feature toggles.</summary>
    public static readonly MethodDescriptor ExperimentalFeatureEnablementSet =
        MethodDescriptor.Create<ExperimentalFeatureEnablementSetParams, ExperimentalFeatureEnablementSetResponse>("experimentalFeature/enablement/set");

    /// <summary><c>permissionProfile/list</c>: selectable permission profiles.</summary>
    public static readonly MethodDescriptor PermissionProfileList =
        MethodDescriptor.Create<PermissionProfileListParams, PermissionProfileListResponse>("permissionProfile/list");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } =
        [ModelList, ModelProviderList, ModelProviderCapabilitiesRead, ExperimentalFeatureList, ExperimentalFeatureEnablementSet, PermissionProfileList];
}
