using AppServer.Agent.Approvals;
using AppServer.Agent.Exec;
using AppServer.Agent.Models;
using AppServer.Agent.Tools;
using AppServer.Agent.Tools.Agent;
using AppServer.Agent.Turns;
using AppServer.Config;
using AppServer.Config.Layers;
using AppServer.Core.Threads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AppServer.Agent;

/// <summary>
/// The agent module: the turn loop and model clients, command execution, the agent's tools (exec_command,
/// write_stdin, apply_patch, update_plan, view_image, dynamic tools) and the approval machinery. Needs the core
/// and sandbox modules. Services are built on first use.
/// </summary>
public static class AgentServices
{
    public static IServiceCollection AddAppServerAgent(this IServiceCollection services, AgentOptions options)
    {
        // Command execution. Exec defaults come from config unless the host registered its own.
        services.TryAddSingleton<IExecDefaults, ConfigExecDefaults>();
        services.AddSingleton<CommandExecService>();

        // Turns: the agent loop, model providers, tools.
        services.AddSingleton(new RetryBackoff(options.RetryBaseDelay));
        services.AddSingleton<ToolRegistry>();
        // Each loaded thread's session gets its conversation (the loop's side of the thread) from this factory.
        services.AddSingleton<TurnConversationFactory>();
        services.AddSingleton<IThreadConversationFactory>(sp => sp.GetRequiredService<TurnConversationFactory>());
        services.AddSingleton<TurnEngine>();
        services.AddAgentTools();
        return services;
    }

    private static void AddAgentTools(this IServiceCollection services)
    {
        services.AddSingleton<ThreadRequestBroker>();
        services.AddSingleton(_ => new ApprovalEngine());
        services.AddSingleton(sp =>
        {
            var config = sp.GetRequiredService<ConfigService>();
            // Rules are read from the same folders as config: the system folder, the home, trusted projects.
            var env = ActivatorUtilities.CreateInstance<AgentToolEnvironment>(sp, config.Paths.SystemDir);
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
