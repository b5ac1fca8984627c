using AppServer.Host.Handlers;

namespace AppServer.Tests.Foundation;

/// <summary>The host reaches threads only through Core's front door (ThreadManager, ThreadQueries, ThreadDatabase).</summary>
public sealed class HostLayeringTests
{
    [Fact]
    public void The_host_assembly_uses_no_storage_type()
    {
        // The compiler records an assembly reference only for assemblies whose types the code names or uses.
        typeof(ThreadHandlers).Assembly.GetReferencedAssemblies().Select(a => a.Name)
            .Should().Contain("AppServer.Core").And.NotContain("AppServer.Storage");
    }
}
