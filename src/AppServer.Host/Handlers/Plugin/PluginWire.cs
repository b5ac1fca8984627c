using AppServer.Core.Plugins;
using AppServer.Core.Skills;
using AppServer.Protocol.Plugins;
using AppServer.Protocol.Skills;

namespace AppServer.Host.Handlers;

/// <summary>Translates the core's plugin and marketplace views into wire types.</summary>
internal static class PluginWire
{
    public static PluginMarketplaceEntry Marketplace(MarketplaceView view, IEnumerable<PluginView> plugins) => new()
    {
        Name = view.Marketplace.Name,
        Path = view.Marketplace.ManifestPath,
        Interface = view.Marketplace.DisplayName is { } displayName ? new MarketplaceInterface { DisplayName = displayName } : null,
        Plugins = plugins.Select(Summary).ToList(),
    };

    public static PluginSummary Summary(PluginView view) => new()
    {
        Id = view.Id.ToString(),
        Name = view.Entry.Name,
        LocalVersion = view.Manifest?.Version,
        Source = view.Entry.Source switch
        {
            LocalPluginSourceInfo local => new LocalPluginSource { Path = local.Path },
            GitPluginSourceInfo git => new GitPluginSource { Url = git.Url, Path = git.Path, RefName = git.RefName, Sha = git.Sha },
            _ => throw new InvalidOperationException("unknown plugin source"),
        },
        Installed = view.Installed,
        Enabled = view.Enabled,
        InstallPolicy = InstallPolicy(view.Entry.InstallPolicy),
        AuthPolicy = AuthPolicy(view.Entry.AuthPolicy),
        Interface = view.Interface is { } i ? Interface(i) : null,
        Keywords = view.Manifest?.Keywords ?? [],
    };

    public static PluginAuthPolicy AuthPolicy(PluginAuthPolicyKind kind)
        => kind == PluginAuthPolicyKind.OnUse ? PluginAuthPolicy.OnUse : PluginAuthPolicy.OnInstall;

    public static SkillSummary Skill(Skill skill) => new()
    {
        Name = skill.Name,
        Description = skill.Description,
        ShortDescription = skill.ShortDescription,
        Interface = SkillsHandlers.Interface(skill),
        Path = skill.Path,
        Enabled = true,
    };

    private static PluginInstallPolicy InstallPolicy(PluginInstallPolicyKind kind) => kind switch
    {
        PluginInstallPolicyKind.NotAvailable => PluginInstallPolicy.NotAvailable,
        PluginInstallPolicyKind.InstalledByDefault => PluginInstallPolicy.InstalledByDefault,
        _ => PluginInstallPolicy.Available,
    };

    private static PluginInterface Interface(PluginInterfaceInfo i) => new()
    {
        DisplayName = i.DisplayName,
        ShortDescription = i.ShortDescription,
        LongDescription = i.LongDescription,
        DeveloperName = i.DeveloperName,
        Category = i.Category,
        Capabilities = i.Capabilities,
        WebsiteUrl = i.WebsiteUrl,
        PrivacyPolicyUrl = i.PrivacyPolicyUrl,
        TermsOfServiceUrl = i.TermsOfServiceUrl,
        DefaultPrompt = i.DefaultPrompt,
        BrandColor = i.BrandColor,
        ComposerIcon = i.ComposerIcon,
        Logo = i.Logo,
        LogoDark = i.LogoDark,
        Screenshots = i.Screenshots,
        ScreenshotUrls = [],
    };
}
