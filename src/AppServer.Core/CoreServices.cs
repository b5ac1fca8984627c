using AppServer.Config;
using AppServer.Core.Accounts;
using AppServer.Core.Feedback;
using AppServer.Core.Files;
using AppServer.Core.FileSearch;
using AppServer.Core.Goals;
using AppServer.Core.Hooks;
using AppServer.Core.Plugins;
using AppServer.Core.ReadState;
using AppServer.Core.Skills;
using AppServer.Core.Threads;
using AppServer.Core.Threads.Queries;
using AppServer.Storage;
using AppServer.Storage.Sqlite;
using AppServer.Storage.Threads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AppServer.Core;

/// <summary>
/// The core module: threads, config, skills, plugins, hooks, goals, read state, file search and access, the
/// stored login, over the storage module (added here when the host did not). Services are built on first use.
/// </summary>
public static class CoreServices
{
    public static IServiceCollection AddAppServerCore(this IServiceCollection services, CoreOptions options)
    {
        var home = options.Home;
        services.AddSingleton(home);
        services.TryAddSingleton(TimeProvider.System);

        // Core stands on the storage module; a host that did not add it gets it here. The host holds the
        // database as a ThreadDatabase (it may register the one its start-up check opened, after this), and the
        // stores use whichever instance that is.
        if (services.Any(d => d.ServiceType == typeof(SqliteDatabase)))
        {
            services.AddSingleton(sp => options.Database ?? new ThreadDatabase(sp.GetRequiredService<SqliteDatabase>()));
        }
        else
        {
            services.AddAppServerStorage(new StorageOptions { HomePath = home.Path });
            services.AddSingleton(_ => options.Database ?? ThreadDatabase.Open(home));
            services.AddSingleton(sp => sp.GetRequiredService<ThreadDatabase>().Sqlite);
        }

        // Threads: turns left running by a process that is gone become interrupted when the manager is built.
        services.AddSingleton(sp => new ThreadRegistry(options.ThreadIdleTimeout, sp.GetRequiredService<ThreadWriterLocks>()));
        services.AddSingleton<ThreadQueries>();
        // Thread settings come from config.
        services.AddSingleton<IThreadSettingsResolver, ConfigThreadSettingsResolver>();
        services.AddSingleton(sp =>
        {
            var manager = ActivatorUtilities.CreateInstance<ThreadManager>(sp);
            manager.InterruptOrphanedTurns();
            return manager;
        });

        // Config: layers, requirements and the user-file writer.
        services.AddSingleton(new ConfigService(
            new ConfigPaths(options.SystemConfigDir, home.Path),
            options.ConfigOverrides,
            options.Profile));
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
        services.AddSingleton<ThreadGoalService>();
        services.AddSingleton<FileSearchService>();
        services.AddSingleton<FileSearchSessions>();
        services.AddSingleton<FeedbackBundleWriter>();

        // Filesystem access.
        services.AddSingleton<FileSystemService>();
        services.AddSingleton<FileWatchService>();

        // The stored login.
        services.AddSingleton(_ => new AuthStore(home.Path));
        services.AddSingleton<CloudAccountGate>();
        return services;
    }
}
