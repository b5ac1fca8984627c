using AppServer.Core.Home;
using AppServer.Core.Threads.Queries;
using AppServer.Storage.Sqlite;
using AppServer.Storage.Threads;
using Microsoft.Extensions.DependencyInjection;

namespace AppServer.Core.Threads;

/// <summary>Registers the thread database with its stores, the per-thread writer locks, the registry and <see cref="ThreadQueries"/>.</summary>
public static class ThreadDatabaseServices
{
    /// <param name="services">The host's services.</param>
    /// <param name="home">The home whose database and writer-lock file are used.</param>
    /// <param name="opened">The database the start-up check already opened, or null to open it on first use.</param>
    public static IServiceCollection AddThreadDatabase(this IServiceCollection services, CodexHome home, ThreadDatabase? opened = null)
    {
        // One database per home, shared by every server on it; each thread has one writer process at a time.
        services.AddSingleton(_ => opened ?? ThreadDatabase.Open(home));
        services.AddSingleton(sp => sp.GetRequiredService<ThreadDatabase>().Sqlite);
        services.AddSingleton<IThreadStore>(sp => new SqliteThreadStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IThreadHistoryStore>(sp => new SqliteHistoryStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IThreadGoalStore>(sp => new SqliteGoalStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IDynamicToolStore>(sp => new SqliteDynamicToolStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton(_ => new ThreadWriterLocks(home.Path));
        services.AddSingleton(sp => new ThreadRegistry(sp.GetRequiredService<ThreadWriterLocks>()));
        services.AddSingleton<ThreadQueries>();
        return services;
    }
}
