using System.Reflection;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Methods;
using AppServer.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AppServer.Tests.Handlers;

/// <summary>
/// The README's rule "where is method X handled": a method's registry entry is in
/// <c>Protocol/Methods/&lt;Family&gt;Methods.cs</c> and its handler in
/// <c>Host/Handlers/&lt;Family&gt;/&lt;Family&gt;Handlers.cs</c>, for every method.
/// </summary>
public sealed class HandlerLayoutTests
{
    [Fact]
    public async Task Every_handler_family_binds_exactly_its_registry_family_and_lives_in_its_folder()
    {
        await using var server = InProcessAppServer.Start();
        var families = server.Services.GetServices<IMethodHandlers>().Distinct().ToList();
        var repo = RepositoryRoot();
        var bound = new List<string>();

        foreach (var handlers in families)
        {
            var typeName = handlers.GetType().Name;
            typeName.Should().EndWith("Handlers");
            var family = typeName[..^"Handlers".Length];

            var registry = typeof(ClientMethods).Assembly.GetType($"AppServer.Protocol.Methods.{family}Methods");
            registry.Should().NotBeNull($"{typeName} is named after a registry family, {family}Methods");
            var all = (IReadOnlyList<MethodDescriptor>)registry!.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

            var map = new HandlerMap();
            handlers.Register(map);
            map.Methods.Should().BeEquivalentTo(all.Select(m => m.Name), $"{typeName} binds exactly {family}Methods.All");
            bound.AddRange(map.Methods);

            File.Exists(Path.Combine(repo, "src", "AppServer.Host", "Handlers", family, $"{typeName}.cs"))
                .Should().BeTrue($"{typeName} lives in Host/Handlers/{family}/{typeName}.cs");
            File.Exists(Path.Combine(repo, "src", "AppServer.Protocol", "Methods", $"{family}Methods.cs"))
                .Should().BeTrue($"{family}Methods lives in Protocol/Methods/{family}Methods.cs");
        }

        bound.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(ClientMethods.All.Select(m => m.Name), "every registry entry has one handler");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AppServer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("AppServer.sln not found above " + AppContext.BaseDirectory);
    }
}
