using AppServer.Sandbox.Executors;
using Microsoft.Extensions.DependencyInjection;

namespace AppServer.Sandbox;

/// <summary>The sandbox module: the executor selector for this platform.</summary>
public static class SandboxServices
{
    public static IServiceCollection AddAppServerSandbox(this IServiceCollection services, SandboxOptions options)
    {
        services.AddSingleton(_ => new SandboxSelector(options));
        return services;
    }
}
