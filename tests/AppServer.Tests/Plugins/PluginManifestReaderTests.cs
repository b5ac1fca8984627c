using AppServer.Core.Plugins;

namespace AppServer.Tests.Plugins;

public sealed class PluginManifestReaderTests : IDisposable
{
    private readonly PluginTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reads_metadata_and_resolves_paths_inside_the_plugin()
    {
        _folder.Write("p/.codex-plugin/plugin.json", """
            {"name": "p", "version": " 2.0 ", "description": "desc", "keywords": ["k"], "skills": ["./extra-skills", "../escape"],
             "mcpServers": {"one": {"command": "a"}, "two": {"url": "http://x"}},
             "interface": {"displayName": "P", "websiteURL": "https://w", "logo": "./logo.png", "logoDark": "/abs.png",
                           "screenshots": ["./s.png", "s2.png"], "defaultPrompt": ["  a   b ", "", "c", "d", "e"]}}
            """);

        var manifest = PluginManifestReader.Load(_folder.Path("p"));

        manifest.Name.Should().Be("p");
        manifest.Version.Should().Be("2.0");
        manifest.Description.Should().Be("desc");
        manifest.Keywords.Should().Equal("k");
        manifest.SkillRoots.Should().Equal(_folder.Path("p", "extra-skills"));
        manifest.McpServerNames.Should().Equal("one", "two");
        manifest.Interface!.DisplayName.Should().Be("P");
        manifest.Interface.WebsiteUrl.Should().Be("https://w");
        manifest.Interface.Logo.Should().Be(_folder.Path("p", "logo.png"));
        manifest.Interface.LogoDark.Should().BeNull("paths must be ./relative");
        manifest.Interface.Screenshots.Should().Equal(_folder.Path("p", "s.png"));
        manifest.Interface.DefaultPrompt.Should().Equal("a b", "c", "d");
    }

    [Fact]
    public void Defaults_to_the_skills_folder_and_the_mcp_json_file_and_the_folder_name()
    {
        _folder.Write("plug/.codex-plugin/plugin.json", """{"version": ""}""");
        _folder.Write("plug/skills/s/SKILL.md", "---\nname: s\ndescription: d\n---\n");
        _folder.Write("plug/.mcp.json", """{"mcpServers": {"srv": {"command": "x"}}}""");

        var manifest = PluginManifestReader.Load(_folder.Path("plug"));

        manifest.Name.Should().Be("plug");
        manifest.Version.Should().BeNull();
        manifest.SkillRoots.Should().Equal(_folder.Path("plug", "skills"));
        manifest.McpServerNames.Should().Equal("srv");
        manifest.Interface.Should().BeNull();
    }

    [Fact]
    public void Missing_and_broken_manifests_are_reported()
    {
        _folder.Write("broken/.codex-plugin/plugin.json", "{nope");
        Directory.CreateDirectory(_folder.Path("empty"));

        FluentActions.Invoking(() => PluginManifestReader.Load(_folder.Path("empty"))).Should().Throw<PluginRequestException>().WithMessage("missing plugin.json");
        FluentActions.Invoking(() => PluginManifestReader.Load(_folder.Path("broken"))).Should().Throw<PluginRequestException>()
            .Which.Message.Should().StartWith("failed to parse plugin.json: ");
        PluginManifestReader.TryLoad(_folder.Path("broken")).Should().BeNull();
    }
}
