using AppServer.Core.Plugins;

namespace AppServer.Tests.Plugins;

public sealed class PluginStoreTests : IDisposable
{
    private readonly PluginTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Install_copies_one_version_replacing_the_previous_and_uninstall_removes_it()
    {
        var store = new PluginStore(_folder.Path("cache"));
        var id = new PluginId("p", "m");
        _folder.Write("src/.codex-plugin/plugin.json", "{}");
        _folder.Write("src/sub/file.txt", "v1");
        File.CreateSymbolicLink(_folder.Path("src", "link"), "sub/file.txt");

        store.InstalledPath(id).Should().BeNull();
        var first = store.Install(id, _folder.Path("src"), "1.0");
        first.Should().Be(_folder.Path("cache", "m", "p", "1.0"));
        File.ReadAllText(Path.Combine(first, "sub", "file.txt")).Should().Be("v1");
        new FileInfo(Path.Combine(first, "link")).LinkTarget.Should().Be("sub/file.txt");

        _folder.Write("src/sub/file.txt", "v2");
        var second = store.Install(id, _folder.Path("src"), null);
        second.Should().Be(_folder.Path("cache", "m", "p", PluginStore.UnversionedFolder));
        Directory.Exists(first).Should().BeFalse("only one version is kept");
        store.InstalledPath(id).Should().Be(second);
        Directory.EnumerateDirectories(_folder.Path("cache", "m", "p")).Should().ContainSingle("no staging folder is left behind");

        store.Uninstall(id).Should().BeTrue();
        store.InstalledPath(id).Should().BeNull();
        store.Uninstall(id).Should().BeFalse();
    }

    [Theory]
    [InlineData("sample@debug", true)]
    [InlineData("a.b@c-d_e", true)]
    [InlineData("sample", false)]
    [InlineData("@debug", false)]
    [InlineData("../x@debug", false)]
    [InlineData("x@..", false)]
    public void Plugin_ids_are_name_at_marketplace_with_safe_segments(string value, bool valid)
        => (PluginId.TryParse(value) is not null).Should().Be(valid);
}
