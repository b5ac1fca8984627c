using AppServer.Core.Plugins;

namespace AppServer.Tests.Plugins;

public sealed class MarketplaceSourceTests : IDisposable
{
    private readonly PluginTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private MarketplaceSource Parse(string source, string? refName = null, params string[] sparse)
        => MarketplaceSource.Parse(source, refName, sparse, _folder.Root, _folder.Path("home"));

    [Theory]
    [InlineData("owner/repo", "https://github.com/owner/repo.git", null)]
    [InlineData("owner/repo@main", "https://github.com/owner/repo.git", "main")]
    [InlineData("https://github.com/owner/repo/", "https://github.com/owner/repo.git", null)]
    [InlineData("https://gitlab.com/team/repo#v1", "https://gitlab.com/team/repo", "v1")]
    [InlineData("ssh://git@host/team/repo.git#dev", "ssh://git@host/team/repo.git", "dev")]
    [InlineData("git@github.com:owner/repo.git", "git@github.com:owner/repo.git", null)]
    public void Git_sources_are_normalised(string source, string url, string? refName)
        => Parse(source).Should().BeEquivalentTo(new GitMarketplaceSource(url, refName, []));

    [Fact]
    public void The_explicit_ref_wins_over_the_one_in_the_source()
        => ((GitMarketplaceSource)Parse("owner/repo@main", "release")).RefName.Should().Be("release");

    [Fact]
    public void Local_sources_resolve_against_the_base_folder_and_home()
    {
        Directory.CreateDirectory(_folder.Path("market"));
        Directory.CreateDirectory(_folder.Path("home", "m"));

        Parse("./market").Should().Be(new LocalMarketplaceSource(_folder.Path("market")));
        Parse(_folder.Path("market") + "/").Should().Be(new LocalMarketplaceSource(_folder.Path("market")));
        Parse("~/m").Should().Be(new LocalMarketplaceSource(_folder.Path("home", "m")));
    }

    [Fact]
    public void Bad_sources_are_refused_with_the_reference_messages()
    {
        Directory.CreateDirectory(_folder.Path("market"));
        _folder.Write("file.json", "{}");

        Invoking("  ").WithMessage("marketplace source must not be empty");
        Invoking("file:///srv/m").WithMessage("invalid marketplace source format; expected owner/repo, a git URL, or a local marketplace path");
        Invoking("a/b/c").WithMessage("invalid marketplace source format; expected owner/repo, a git URL, or a local marketplace path");
        Invoking("./market", "main").WithMessage("--ref is only supported for git marketplace sources");
        Invoking("./market", null, "plugins").WithMessage("--sparse is only supported for git marketplace sources");
        Invoking("./missing").WithMessage("failed to resolve local marketplace source path: No such file or directory (os error 2)");
        Invoking("./file.json").WithMessage("local marketplace source must be a directory, not a file");
    }

    private FluentAssertions.Specialized.ExceptionAssertions<PluginRequestException> Invoking(string source, string? refName = null, params string[] sparse)
        => FluentActions.Invoking(() => Parse(source, refName, sparse)).Should().Throw<PluginRequestException>();
}
