using AppServer.Core.FileSearch;

namespace AppServer.Tests.FileSearch;

/// <summary>The scorer against scores and indices observed from the reference 0.169.0 (fuzzyFileSearch on probe trees).</summary>
public sealed class FuzzyMatcherTests
{
    [Theory]
    // path, is directory, query, reference score, reference indices
    [InlineData("src/app/main.rs", false, "main", 65645u, new[] { 8, 9, 10, 11 })]
    [InlineData("README.md", false, "read", 65645u, new[] { 0, 1, 2, 3 })]
    [InlineData("src/lib.rs", false, "rs", 65592u, new[] { 8, 9 })]
    [InlineData(".git/hooks/pre-rebase.sample", false, "rs", 65584u, new[] { 15, 22 })]
    [InlineData(".git/hooks/pre-receive.sample", false, "rs", 65583u, new[] { 15, 23 })]
    [InlineData(".git/refs", true, "rs", 46u, new[] { 5, 8 })]
    [InlineData(".git/hooks/update.sample", false, "out", 47u, new[] { 7, 11, 15 })]
    [InlineData("linkdir/main.rs", false, "link", 109u, new[] { 0, 1, 2, 3 })]
    [InlineData("main/xmain.rs", false, "main", 65612u, new[] { 6, 7, 8, 9 })]
    [InlineData("sub/zzmaXin.rs", false, "main", 65605u, new[] { 6, 7, 9, 10 })]
    [InlineData("sub/f1.txt", false, "f1", 65595u, new[] { 4, 5 })]
    [InlineData("main", false, "main", 196717u, new[] { 0, 1, 2, 3 })]
    [InlineData("abc/main", true, "main", 131181u, new[] { 4, 5, 6, 7 })]
    [InlineData("MixedCase.txt", false, "MIXED", 65670u, new[] { 0, 1, 2, 3, 4 })]
    [InlineData("a b.txt", false, "a b", 66u, new[] { 0, 2 })]
    [InlineData("abc", true, "a b", 50u, new[] { 0, 1 })]
    [InlineData("abc/main", true, "abmain", 155u, new[] { 0, 1, 4, 5, 6, 7 })]
    public void Scores_and_indices_match_the_reference(string path, bool isDirectory, string query, uint score, int[] indices)
    {
        int nameStart = path.LastIndexOf('/') + 1;
        var match = FileSearchScorer.Score(new WalkedEntry(path, nameStart, isDirectory), FuzzyMatcher.Terms(query));
        match.Should().NotBeNull();
        match!.Value.Score.Should().Be(score);
        match.Value.Indices.Should().Equal(indices);
    }

    [Fact]
    public void Non_matches_and_empty_queries_give_nothing()
    {
        FuzzyMatcher.Match("hello", FuzzyMatcher.Terms("zzz")).Should().BeNull();
        FuzzyMatcher.Match("hello", FuzzyMatcher.Terms("  ")).Should().BeNull();
        FuzzyMatcher.Match("ab", FuzzyMatcher.Terms("a z")).Should().BeNull("every term must match");
    }

    [Fact]
    public void Results_order_by_score_then_path_like_the_reference()
    {
        var root = Path.Combine(Path.GetTempPath(), $"fuzzy-unit-{Guid.NewGuid():N}");
        try
        {
            foreach (var f in new[] { "src/app/main.rs", "src/app/main_test.rs", "src/app/mod.rs", "src/lib.rs", "docs/README.md", "README.md" })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, f))!);
                File.WriteAllText(Path.Combine(root, f), "");
            }

            var hits = new FileSearchService().Search("rs", [root]);
            // Observed order from the reference for the same files: equal scores fall back to path order.
            hits.Select(h => h.RelativePath).Should().Equal("src/app/main.rs", "src/app/main_test.rs", "src/app/mod.rs", "src/lib.rs");
            new FileSearchService().Search("read", [root]).Select(h => h.RelativePath).Should().Equal("README.md", "docs/README.md");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Ignore_files_follow_git_rules()
    {
        var rules = IgnoreFile.Parse(["*.log", "!keep.log", "build/", "/top.txt", "docs/**/gen"], "/r");
        rules.Verdict("a.log", false).Should().BeTrue();
        rules.Verdict("x/keep.log", false).Should().BeFalse();
        rules.Verdict("x/build", true).Should().BeTrue();
        rules.Verdict("x/build", false).Should().BeNull("a trailing slash matches directories only");
        rules.Verdict("top.txt", false).Should().BeTrue();
        rules.Verdict("x/top.txt", false).Should().BeNull("a leading slash anchors the pattern");
        rules.Verdict("docs/a/b/gen", true).Should().BeTrue();
    }

    [Theory]
    // Plain names and "*suffix" are compared without a regular expression; the wildcard and class cases use one.
    [InlineData("*.tmp", "a.tmp", true)]
    [InlineData("*.tmp", "x/y/a.tmp", true)]
    [InlineData("*.tmp", ".tmp", true)]
    [InlineData("*.tmp", "a.tmpx", false)]
    [InlineData("*.tmp", "a.TMP", false)]
    [InlineData("/*.tmp", "a.tmp", true)]
    [InlineData("/*.tmp", "x/a.tmp", false)]
    [InlineData("src/*.rs", "src/a.rs", true)]
    [InlineData("src/*.rs", "src/x/a.rs", false)]
    [InlineData("build", "x/build", true)]
    [InlineData("build", "x/builds", false)]
    [InlineData("build", "build/x", false)]
    [InlineData("a/b", "a/b", true)]
    [InlineData("a/b", "x/a/b", false)]
    [InlineData("*", "anything", true)]
    [InlineData("**.rs", "x/a.rs", true)]
    [InlineData("a?c", "abc", true)]
    [InlineData("[ab]c", "bc", true)]
    [InlineData("[ab]c", "cc", false)]
    public void Glob_patterns_match_like_git(string pattern, string path, bool ignored)
    {
        IgnoreFile.Parse([pattern], "/r").Verdict(path, false).Should().Be(ignored ? true : null);
    }
}
