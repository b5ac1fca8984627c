using AppServer.Host.Schema;

namespace AppServer.Tests.Foundation;

/// <summary>
/// The checked-in schema/ must match what the registry generates, like the reference's own fixture
/// check. Regenerate with: dotnet run --project src/AppServer.Host -- generate-json-schema --out schema
/// (and --experimental --out schema/experimental).
/// </summary>
public sealed class SchemaTests
{
    [Theory]
    [InlineData(false, "schema")]
    [InlineData(true, "schema/experimental")]
    public void Checked_in_schema_is_up_to_date(bool experimental, string relative)
    {
        var checkedIn = Path.Combine(RepoRoot(), relative);
        var generated = Path.Combine(Path.GetTempPath(), "appserver-schema-" + Guid.NewGuid().ToString("N"));
        try
        {
            SchemaWriter.Write(generated, experimental);
            var expected = Files(generated);
            var actual = Files(checkedIn);
            actual.Keys.Should().BeEquivalentTo(expected.Keys, $"{relative} lists the same files as the generator (regenerate it)");
            foreach (var (name, content) in expected)
            {
                actual[name].Should().Be(content, $"{relative}/{name} is stale: run `appserver generate-json-schema{(experimental ? " --experimental" : "")} --out {relative}`");
            }
        }
        finally
        {
            Directory.Delete(generated, recursive: true);
        }
    }

    [Fact]
    public void Stable_schema_leaves_out_experimental_methods()
    {
        var generated = Path.Combine(Path.GetTempPath(), "appserver-schema-" + Guid.NewGuid().ToString("N"));
        try
        {
            SchemaWriter.Write(generated, experimental: false);
            var index = File.ReadAllText(Path.Combine(generated, "methods.json"));
            foreach (var method in AppServer.Protocol.Methods.ClientMethods.All)
            {
                index.Contains($"\"{method.Name}\"", StringComparison.Ordinal).Should().Be(!method.Experimental, method.Name);
            }
        }
        finally
        {
            Directory.Delete(generated, recursive: true);
        }
    }

    private static Dictionary<string, string> Files(string root)
        => Directory.Exists(root)
            ? new[] { "methods.json" }.Where(f => File.Exists(Path.Combine(root, f)))
                .Concat(Directory.Exists(Path.Combine(root, "v2")) ? Directory.GetFiles(Path.Combine(root, "v2"), "*.json").Select(f => "v2/" + Path.GetFileName(f)) : [])
                .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(root, f)))
            : [];

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AppServer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
