using AppServer.Core.Home;
using AppServer.Host.Cli;
using AppServer.Host.Dispatch;
using AppServer.Host.Hosting;
using AppServer.Protocol.Methods;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AppServer.Tests.Foundation;

/// <summary>The registry and the handlers agree: every method has exactly one handler, and nothing else does.</summary>
public sealed class RegistryTests
{
    [Fact]
    public void Every_registry_method_is_bound_to_a_handler()
    {
        var home = Path.Combine(Path.GetTempPath(), "appserver-registry-" + Guid.NewGuid().ToString("N"));
        try
        {
            var services = new ServiceCollection();
            services.AddLogging(logging => logging.ClearProviders());
            services.AddAppServer(new ServerOptions { Listen = ListenAddress.Stdio }, codexHome: new CodexHome(home));
            using var provider = services.BuildServiceProvider();

            var dispatcher = provider.GetRequiredService<RequestDispatcher>();

            dispatcher.BoundMethods.Should().BeEquivalentTo(ClientMethods.All.Select(m => m.Name));
        }
        finally
        {
            if (Directory.Exists(home))
            {
                Directory.Delete(home, recursive: true);
            }
        }
    }

    [Fact]
    public void Method_names_are_unique()
        => ClientMethods.All.Select(m => m.Name).Should().OnlyHaveUniqueItems();
}
