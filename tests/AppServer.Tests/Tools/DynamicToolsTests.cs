using System.Text.Json;
using AppServer.Agent.Tools.Agent;
using AppServer.Storage.Sqlite;
using AppServer.Storage.Threads;
using Microsoft.Data.Sqlite;

namespace AppServer.Tests.Tools;

/// <summary>Dynamic tool declarations are saved with a stored thread and read back by a fresh process.</summary>
public sealed class DynamicToolsTests : IDisposable
{
    private const string ThreadId = "01a2063c-6d1c-7f01-b6fe-4efc8d5c2990";
    private readonly string _dir = Path.Combine("/var/tmp", "toolgaps-dynamic-tools-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private SqliteDatabase Database() => new(Path.Combine(_dir, SqliteDatabase.FileName));

    private SqliteThreadStore Store() => new(Database());

    private SqliteDynamicToolStore Tools() => new(Database());

    private static ThreadRecord Thread() => new()
    {
        Id = ThreadId, CreatedAtMs = 1000, UpdatedAtMs = 1000, Cwd = "/work", ModelProvider = "openai", Model = "gpt-5.5", Source = "vscode", CliVersion = "0.169.0",
    };

    private static IReadOnlyList<DynamicToolSpec> Declarations() => DynamicTools.Parse(JsonDocument.Parse("""
        [{"name":"lookup_ticket","description":"Finds a ticket","inputSchema":{"type":"object","properties":{"id":{"type":"string"}}}},
         {"name":"close_ticket","description":"Closes","inputSchema":{"type":"object"},"namespace":"tickets"}]
        """).RootElement);

    [Fact]
    public void Declared_tools_of_a_stored_thread_are_read_back_by_a_new_instance_in_order()
    {
        var store = Store();
        store.CreateThread(Thread());
        new DynamicTools(Tools()).Declare(ThreadId, Declarations(), persist: true);

        var reloaded = new DynamicTools(Tools()).For(ThreadId);
        reloaded.Select(t => t.Name).Should().Equal("lookup_ticket", "close_ticket");
        reloaded[1].Namespace.Should().Be("tickets");
        reloaded.Select(t => t.SpecJson).Should().Equal(Declarations().Select(t => t.SpecJson));
    }

    [Fact]
    public void Ephemeral_declarations_stay_in_memory_and_deleting_the_thread_drops_stored_ones()
    {
        var store = Store();
        store.CreateThread(Thread());
        var tools = Tools();
        new DynamicTools(tools).Declare("ephemeral-thread", Declarations(), persist: false);
        tools.ReadDynamicTools("ephemeral-thread").Should().BeEmpty();

        new DynamicTools(tools).Declare(ThreadId, Declarations(), persist: true);
        store.DeleteThread(ThreadId).Should().BeTrue();
        tools.ReadDynamicTools(ThreadId).Should().BeEmpty();
    }
}
