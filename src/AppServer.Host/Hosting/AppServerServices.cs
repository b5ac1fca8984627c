using AppServer.Agent.Exec;
using AppServer.Agent.Tools;
using AppServer.Agent.Turns;
using AppServer.Config;
using AppServer.Core.Accounts;
using AppServer.Core.Files;
using AppServer.Core.Home;
using AppServer.Core.Hooks;
using AppServer.Core.Plugins;
using AppServer.Core.ReadState;
using AppServer.Core.Skills;
using AppServer.Core.Threads;
using AppServer.Host.Cli;
using AppServer.Host.Connections;
using AppServer.Host.Dispatch;
using AppServer.Host.Handlers;
using AppServer.Host.Handlers.Config;
using AppServer.Host.Handlers.Threads;
using AppServer.Host.Handlers.Turns;
using AppServer.Sandbox.Executors;
using AppServer.Storage.Sqlite;
using AppServer.Storage.Threads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace AppServer.Host.Hosting;

/// <summary>The service graph shared by every listener kind.</summary>
internal static class AppServerServices
{
    /// <param name="services">The host's services.</param>
    /// <param name="options">The command line.</param>
    /// <param name="database">The database the start-up check already opened and migrated, or null to open it on first use.</param>
    /// <param name="codexHome">The home to serve; null reads <c>CODEX_HOME</c> (tests pass theirs rather than set the process's environment).</param>
    public static IServiceCollection AddAppServer(this IServiceCollection services, ServerOptions options, SqliteDatabase? database = null, CodexHome? codexHome = null)
    {
        var home = codexHome ?? CodexHome.FromEnvironment();
        home.EnsureExists();
        services.AddSingleton(options);
        services.AddSingleton(home);
        services.AddSingleton(ConnectionLimits.FromEnvironment());
        services.AddHostedService<MemoryTrimmer>();
        // initialize is bound at once; the other families (and the services behind them) when first needed.
        services.AddSingleton(sp => new RequestDispatcher(
            [sp.GetRequiredService<InitializeHandlers>()],
            () => sp.GetServices<IMethodHandlers>(),
            sp.GetRequiredService<ILogger<RequestDispatcher>>()));
        services.AddSingleton<ConnectionFactory>();
        services.AddSingleton(TimeProvider.System);

        // Threads: one database per home, shared by every server on it; each thread has one writer process
        // at a time. Turns left running by a process that is gone become interrupted.
        services.AddSingleton(_ => database ?? new SqliteDatabase(home.Resolve(SqliteDatabase.FileName)));
        services.AddSingleton<IThreadStore>(sp => new SqliteThreadStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IThreadHistoryStore>(sp => new SqliteHistoryStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IThreadGoalStore>(sp => new SqliteGoalStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IDynamicToolStore>(sp => new SqliteDynamicToolStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton(_ => new ThreadWriterLocks(home.Path));
        services.AddSingleton(sp => new ThreadRegistry(sp.GetRequiredService<ThreadWriterLocks>()));
        services.AddSingleton<IThreadSettingsResolver, ConfigThreadSettingsResolver>();
        services.AddSingleton(sp =>
        {
            var manager = ActivatorUtilities.CreateInstance<ThreadManager>(sp);
            manager.InterruptOrphanedTurns();
            return manager;
        });
        services.AddSingleton<ThreadWireMapper>();

        // Config: layers, requirements and the user-file writer.
        services.AddSingleton(new ConfigService(
            new ConfigPaths(ConfigPaths.SystemDirFromEnvironment(), home.Path),
            options.ConfigOverrides,
            options.Profile));
        services.AddSingleton<IAfterInitialize, ConfigStartupWarnings>();
        services.AddSingleton(sp => new SkillsService(
            sp.GetRequiredService<ConfigService>(),
            home,
            pluginRoots: () => sp.GetRequiredService<PluginCatalog>().EnabledSkillRoots()));

        // Plugins from local marketplaces: installed copies under $CODEX_HOME/plugins/cache.
        var userHome = Environment.GetEnvironmentVariable("HOME");
        services.AddSingleton(sp => new PluginConfig(sp.GetRequiredService<ConfigService>()));
        services.AddSingleton(_ => new PluginStore(home.Resolve("plugins", "cache")));
        services.AddSingleton(_ => new GitCli());
        services.AddSingleton(sp => new PluginCatalog(sp.GetRequiredService<PluginConfig>(), sp.GetRequiredService<PluginStore>(), home, userHome));
        services.AddSingleton<PluginInstaller>();
        services.AddSingleton(sp => new MarketplaceManager(sp.GetRequiredService<PluginCatalog>(), sp.GetRequiredService<PluginConfig>(), sp.GetRequiredService<GitCli>(), userHome));
        services.AddSingleton<HookCatalog>();
        services.AddSingleton<ThreadReadStateStore>();
        services.AddSingleton<AppServer.Core.Goals.ThreadGoalService>();
        services.AddSingleton<AppServer.Core.FileSearch.FileSearchService>();
        services.AddSingleton<AppServer.Core.FileSearch.FileSearchSessions>();
        services.AddSingleton<AppServer.Core.Feedback.FeedbackBundleWriter>();

        // Sandbox, command execution and filesystem access. Exec defaults come from config.
        services.TryAddSingleton<IExecDefaults, ConfigExecDefaults>();
        services.AddSingleton<SandboxSelector>();
        services.AddSingleton<CommandExecService>();
        services.AddSingleton<FileSystemService>();
        services.AddSingleton<FileWatchService>();
        // Turns: the agent loop, model providers, stored login, tools.
        services.AddSingleton(_ => new AuthStore(home.Path));
        services.AddSingleton<CloudAccountGate>();
        services.AddSingleton<ToolRegistry>();
        services.AddSingleton<TurnConversationFactory>();
        services.AddSingleton<IThreadConversationFactory>(sp => sp.GetRequiredService<TurnConversationFactory>());
        services.AddSingleton<TurnEngine>();

        services.AddAgentTools();

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
        services.AddSingleton<IMethodHandlers, Handlers.Threads.ThreadGoalHandlers>();
        services.AddSingleton<IMethodHandlers, WindowsSandboxHandlers>();
        services.AddSingleton<IMethodHandlers, FeedbackHandlers>();
        return services;
    }
}
