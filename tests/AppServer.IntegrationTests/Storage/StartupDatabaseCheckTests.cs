using Microsoft.Data.Sqlite;

namespace AppServer.IntegrationTests.Storage;

/// <summary>
/// The database half of the start-up check runs beside the first request over stdio: when it fails, the
/// server still exits with one line on stderr and the client never sees an answer, even to an
/// <c>initialize</c> it sent at once.
/// </summary>
public sealed class StartupDatabaseCheckTests
{
    [Fact]
    public async Task A_database_from_a_newer_build_stops_the_server_before_anything_is_answered()
    {
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);
        var path = Path.Combine(options.CodexHome, "appserver.sqlite");
        using (var db = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999;";
            command.ExecuteNonQuery();
        }

        await AssertStopsSilentlyAsync(options, $"Error: cannot use {path}: appserver.sqlite has schema version 999, newer than this build");
    }

    [Fact]
    public async Task A_database_file_that_is_not_a_database_stops_the_server_before_anything_is_answered()
    {
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);
        var path = Path.Combine(options.CodexHome, "appserver.sqlite");
        await File.WriteAllTextAsync(path, new string('x', 4096));

        await AssertStopsSilentlyAsync(options, path);
    }

    private static async Task AssertStopsSilentlyAsync(TestServerOptions options, string expectedError)
    {
        var (server, client) = await TestServer.StartAsync("stdio", options);
        await using var _ = server;
        await using var __ = client;
        await client.SendRawAsync("""{"id":1,"method":"initialize","params":{"clientInfo":{"name":"t","version":"1"}}}""");
        await client.SendRawAsync("""{"id":2,"method":"thread/list","params":{}}""");

        (await server.WaitForExitAsync(TimeSpan.FromSeconds(20))).Should().Be(1);
        for (var i = 0; i < 50 && !server.Stderr.Contains(expectedError, StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
        }

        server.Stderr.Should().Contain(expectedError).And.NotContain("Unhandled exception").And.NotContain("   at ", "no stack trace");
        await Task.Delay(200);
        client.Received.Should().BeEmpty("nothing is answered when the start-up check fails");
    }
}
