using AppServer.Agent;
using AppServer.Core;
using AppServer.Core.Home;
using AppServer.Host.Cli;
using AppServer.Host.Connections;
using AppServer.Host.Dispatch;
using AppServer.Host.Handlers;
using AppServer.Core.Threads;
using AppServer.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AppServer.Host.Hosting;

/// <summary>
/// The service graph shared by every listener kind: the storage, core, sandbox and agent modules, configured
/// from the command line and the environment knobs, plus the Host's own connections and method handlers.
/// </summary>
internal static class AppServerServices
{
    /// <param name="services">The host's services.</param>
    /// <param name="options">The command line.</param>
    /// <param name="database">The database the start-up check already opened and migrated, or null to open it on first use.</param>
    /// <param name="codexHome">The home to serve; null reads <c>CODEX_HOME</c> (tests pass theirs rather than set the process's environment).</param>
    /// <param name="environment">The <c>APPSERVER_*</c> knobs the host read at start-up; null takes every default.</param>
    public static IServiceCollection AddAppServer(this IServiceCollection services, ServerOptions options, ThreadDatabase? database = null, CodexHome? codexHome = null, EnvironmentOptions? environment = null)
    {
        var home = codexHome ?? CodexHome.FromEnvironment();
        environment ??= new EnvironmentOptions();
        home.EnsureExists();
        services.AddAppServerCore(new CoreOptions
        {
            Home = home,
            Database = database,
            SystemConfigDir = environment.SystemConfigDir,
            ConfigOverrides = options.ConfigOverrides,
            Profile = options.Profile,
            ThreadIdleTimeout = environment.ThreadIdleTimeout,
        });
        services.AddAppServerSandbox(new SandboxOptions { BubblewrapPath = environment.BubblewrapPath });
        services.AddAppServerAgent(new AgentOptions { RetryBaseDelay = environment.RetryBaseDelay });

        services.AddSingleton(options);
        services.AddSingleton(environment.ConnectionLimits);
        if (environment.MemoryTrim)
        {
            services.AddHostedService<MemoryTrimmer>();
        }

        // initialize is bound at once; the other families (and the services behind them) when first needed.
        services.AddSingleton(sp => new RequestDispatcher(
            [sp.GetRequiredService<InitializeHandlers>()],
            () => sp.GetServices<IMethodHandlers>(),
            sp.GetRequiredService<ILogger<RequestDispatcher>>()));
        services.AddSingleton<ConnectionFactory>();
        services.AddSingleton<ThreadWireMapper>();
        services.AddSingleton<IAfterInitialize, ConfigStartupWarnings>();

        // One line per method family.
        services.AddSingleton<InitializeHandlers>();
        services.AddSingleton<IMethodHandlers>(sp => sp.GetRequiredService<InitializeHandlers>());
        services.AddSingleton<IMethodHandlers, CommandExecHandlers>();
        services.AddSingleton<IMethodHandlers, FsHandlers>();
        services.AddSingleton<IMethodHandlers, FuzzyFileSearchHandlers>();
        services.AddSingleton<IMethodHandlers, CollaborationModeHandlers>();
        services.AddSingleton<IMethodHandlers, ThreadHandlers>();
        services.AddSingleton<IMethodHandlers, ConfigHandlers>();
        services.AddSingleton<IMethodHandlers, ModelHandlers>();
        services.AddSingleton<IMethodHandlers, TurnHandlers>();
        services.AddSingleton<IMethodHandlers, AccountHandlers>();
        services.AddSingleton<IMethodHandlers, SkillsHandlers>();
        services.AddSingleton<IMethodHandlers, HooksHandlers>();
        services.AddSingleton<IMethodHandlers, PluginHandlers>();
        services.AddSingleton<IMethodHandlers, MarketplaceHandlers>();
        services.AddSingleton<IMethodHandlers, AppHandlers>();
        services.AddSingleton<IMethodHandlers, BedrockHandlers>();
        services.AddSingleton<IMethodHandlers, ReadStateHandlers>();
        services.AddSingleton<IMethodHandlers, GoalHandlers>();
        services.AddSingleton<IMethodHandlers, WindowsSandboxHandlers>();
        services.AddSingleton<IMethodHandlers, FeedbackHandlers>();
        return services;
    }
}
