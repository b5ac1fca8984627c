using AppServer.Agent.Approvals;
using AppServer.Agent.Tools;
using AppServer.Agent.Tools.Agent;
using AppServer.Config;
using AppServer.Config.Layers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AppServer.Host.Hosting;

/// <summary>Registers the agent's tools (exec_command, write_stdin, apply_patch, update_plan, view_image) and the approval machinery.</summary>
internal static class AgentToolServices
{
    public static IServiceCollection AddAgentTools(this IServiceCollection services)
    {
        services.AddSingleton<ThreadRequestBroker>();
        services.AddSingleton(_ => new ApprovalEngine());
        services.AddSingleton(sp =>
        {
            var env = ActivatorUtilities.CreateInstance<AgentToolEnvironment>(sp);
            var config = sp.GetRequiredService<ConfigService>();
            env.TrustedProjectFolders = cwd => TryLoad(config, cwd)?.Layers
                .Where(l => l.Source.Kind == ConfigLayerKind.Project && l.Enabled && l.Source.DotCodexFolder is not null)
                .Select(l => l.Source.DotCodexFolder!)
                .Reverse() // layers are listed highest precedence first; rules load lowest first
                .ToList() ?? [];
            return env;
        });
        services.AddSingleton<ExecSessionManager>();
        services.AddSingleton<PatchRunner>();
        services.AddSingleton<IAgentTool, ExecCommandTool>();
        services.AddSingleton<IAgentTool, WriteStdinTool>();
        services.AddSingleton<IAgentTool, ApplyPatchTool>();
        services.AddSingleton<IAgentTool, ViewImageTool>();
        services.AddSingleton<IAgentTool>(sp =>
        {
            var config = sp.GetRequiredService<ConfigService>();
            return new UpdatePlanTool(cwd => TryLoad(config, cwd)?.Merged["tools"]?["update_plan"]?["enabled"] is { } v
                && v.GetValueKind() == System.Text.Json.JsonValueKind.True);
        });
        services.AddSingleton<DynamicTools>();
        services.AddSingleton<IDynamicToolSource, DynamicToolCaller>();
        services.TryAddSingleton<ToolRegistry>();
        return services;
    }

    private static ConfigSnapshot? TryLoad(ConfigService config, string cwd)
    {
        try
        {
            return config.Load(cwd);
        }
        catch (Exception)
        {
            return null; // a broken config is reported by the config family; tools fall back to defaults
        }
    }
}
