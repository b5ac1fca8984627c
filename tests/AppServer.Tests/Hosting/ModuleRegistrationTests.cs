using AppServer.Agent;
using AppServer.Agent.ExecPolicy;
using AppServer.Agent.Models;
using AppServer.Agent.Tools.Agent;
using AppServer.Config;
using AppServer.Core;
using AppServer.Core.Home;
using AppServer.Core.Threads;
using AppServer.Sandbox;
using AppServer.Sandbox.Executors;
using AppServer.Sandbox.Policies;
using AppServer.Storage;
using AppServer.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AppServer.Tests.Hosting;

/// <summary>
/// Each module registers what it owns and resolves with nothing but the modules it depends on (Storage and
/// Sandbox alone, Core over Storage, Agent over Core, Storage and Sandbox); its options reach its services; and
/// registering builds nothing (start-up stays lazy).
/// </summary>
public sealed class ModuleRegistrationTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("modules-").FullName;

    private string HomePath => Path.Combine(_root, "home");

    private string SystemDir => Path.Combine(_root, "etc-codex");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static ServiceCollection Services()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.ClearProviders());
        return services;
    }

    private CoreOptions CoreOptions() => new()
    {
        Home = new CodexHome(HomePath),
        SystemConfigDir = SystemDir,
        ThreadIdleTimeout = TimeSpan.FromSeconds(7),
    };

    /// <summary>Adds one module and returns the service types it registered.</summary>
    private static List<Type> Added(IServiceCollection services, Action<IServiceCollection> module)
    {
        var before = services.Select(d => d.ServiceType).ToHashSet();
        module(services);
        return [.. services.Select(d => d.ServiceType).Where(t => !before.Contains(t)).Distinct()];
    }

    private static ServiceProvider Build(IServiceCollection services)
        => services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    private static void ResolvesAll(IServiceProvider provider, IEnumerable<Type> types)
    {
        foreach (var type in types)
        {
            provider.GetServices(type).Should().NotBeEmpty().And.NotContainNulls($"{type.Name} is registered by the module");
        }
    }

    [Fact]
    public void Storage_alone_resolves_its_stores_and_opens_the_database_only_when_asked()
    {
        var services = Services();
        Directory.CreateDirectory(HomePath);
        var registered = Added(services, s => s.AddAppServerStorage(new StorageOptions { HomePath = HomePath }));
        using var provider = Build(services);

        File.Exists(Path.Combine(HomePath, SqliteDatabase.FileName)).Should().BeFalse("registering opens nothing");
        registered.Should().Contain([typeof(SqliteDatabase), typeof(Storage.Threads.IThreadStore), typeof(Storage.Threads.ThreadWriterLocks)]);
        ResolvesAll(provider, registered);
        File.Exists(Path.Combine(HomePath, SqliteDatabase.FileName)).Should().BeTrue();
    }

    [Fact]
    public void Sandbox_alone_resolves_the_selector_with_the_configured_bwrap()
    {
        var services = Services();
        var missing = Path.Combine(_root, "no-bwrap");
        var registered = Added(services, s => s.AddAppServerSandbox(new SandboxOptions { BubblewrapPath = missing }));
        using var provider = Build(services);

        ResolvesAll(provider, registered);
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var bwrap = provider.GetRequiredService<SandboxSelector>().Select(new ReadOnlyPolicy(false)).Should().BeOfType<BubblewrapExecutor>().Subject;
        bwrap.Invoking(b => b.EnsureAvailable()).Should().Throw<SandboxUnavailableException>()
            .WithMessage($"*was not found at {missing} (APPSERVER_BWRAP_PATH)*");
    }

    [Fact]
    public void Core_over_storage_resolves_its_services_with_its_options()
    {
        var services = Services();
        services.AddAppServerStorage(new StorageOptions { HomePath = HomePath });
        Directory.CreateDirectory(HomePath);
        var registered = Added(services, s => s.AddAppServerCore(CoreOptions() with { ConfigOverrides = ["model=\"m1\""], Profile = "p" }));
        using var provider = Build(services);

        File.Exists(Path.Combine(HomePath, SqliteDatabase.FileName)).Should().BeFalse("registering opens nothing");
        registered.Should().Contain([typeof(ThreadManager), typeof(ConfigService), typeof(CodexHome)]);
        ResolvesAll(provider, registered);
        provider.GetRequiredService<ThreadRegistry>().IdleTimeout.Should().Be(TimeSpan.FromSeconds(7));
        var config = provider.GetRequiredService<ConfigService>();
        config.Paths.Should().Be(new ConfigPaths(SystemDir, HomePath));
        config.Profile.Should().Be("p");
        provider.GetRequiredService<IThreadSettingsResolver>().Should().BeOfType<ConfigThreadSettingsResolver>("thread settings come from config");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Agent_over_core_storage_and_sandbox_resolves_its_services_with_its_options(bool agentFirst)
    {
        var services = Services();
        Directory.CreateDirectory(HomePath);
        List<Type> registered = [];
        if (agentFirst)
        {
            registered = Added(services, s => s.AddAppServerAgent(new AgentOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(3) }));
        }

        services.AddAppServerStorage(new StorageOptions { HomePath = HomePath });
        services.AddAppServerCore(CoreOptions());
        services.AddAppServerSandbox(new SandboxOptions());
        if (!agentFirst)
        {
            registered = Added(services, s => s.AddAppServerAgent(new AgentOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(3) }));
        }

        using var provider = Build(services);

        registered.Should().Contain([typeof(Agent.Turns.TurnEngine), typeof(AgentToolEnvironment), typeof(Agent.Exec.CommandExecService)]);
        ResolvesAll(provider, registered);
        provider.GetRequiredService<RetryBackoff>().BaseDelay.Should().Be(TimeSpan.FromMilliseconds(3));
        provider.GetRequiredService<IThreadSettingsResolver>().Should().BeOfType<ConfigThreadSettingsResolver>();
    }

    /// <summary>Exec-policy rules come from the configured system folder, not from the process's environment.</summary>
    [Fact]
    public void Agent_rules_come_from_the_configured_system_folder()
    {
        Directory.CreateDirectory(HomePath);
        Directory.CreateDirectory(Path.Combine(SystemDir, "rules"));
        File.WriteAllText(Path.Combine(SystemDir, "rules", "system.rules"), """prefix_rule(pattern=["rm"], decision="forbidden", justification="system says no")""");
        var services = Services();
        services.AddAppServerStorage(new StorageOptions { HomePath = HomePath });
        services.AddAppServerCore(CoreOptions());
        services.AddAppServerSandbox(new SandboxOptions());
        services.AddAppServerAgent(new AgentOptions());
        using var provider = Build(services);

        var rules = provider.GetRequiredService<AgentToolEnvironment>().RulesFor(_root);

        rules.Match(["rm", "-rf", "x"]).Should().NotBeNull().And.Subject.As<RuleMatch>().Decision.Should().Be(RuleDecision.Forbidden);
    }
}
