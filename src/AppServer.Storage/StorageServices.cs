using AppServer.Storage.Sqlite;
using AppServer.Storage.Threads;
using Microsoft.Extensions.DependencyInjection;

namespace AppServer.Storage;

/// <summary>The storage module: the SQLite database and the stores over it, and the thread writer locks.</summary>
public static class StorageServices
{
    /// <summary>
    /// One database per home, shared by every server on it; each thread has one writer process at a time.
    /// Everything is built on first use, so start-up does not wait for the database.
    /// </summary>
    public static IServiceCollection AddAppServerStorage(this IServiceCollection services, StorageOptions options)
    {
        services.AddSingleton(_ => options.Database ?? new SqliteDatabase(options.DatabasePath));
        services.AddSingleton<IThreadStore>(sp => new SqliteThreadStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IThreadHistoryStore>(sp => new SqliteHistoryStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IThreadGoalStore>(sp => new SqliteGoalStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IDynamicToolStore>(sp => new SqliteDynamicToolStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton(_ => new ThreadWriterLocks(options.HomePath));
        return services;
    }
}
