using AppServer.Core.FileSearch;
using FluentAssertions;

namespace AppServer.Tests.FileSearch;

/// <summary>How the walker lists links and ignored entries (the fast listing must not change what is found).</summary>
public sealed class FileTreeWalkerTests : IDisposable
{
    private readonly string root = Path.Combine("/var/tmp", $"appserver-walker-{Guid.NewGuid():N}");

    public FileTreeWalkerTests() => Directory.CreateDirectory(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Links_to_folders_are_followed_and_other_links_are_files()
    {
        Directory.CreateDirectory(Path.Combine(root, "real"));
        File.WriteAllText(Path.Combine(root, "real", "inside.txt"), "");
        File.WriteAllText(Path.Combine(root, "f.txt"), "");
        File.CreateSymbolicLink(Path.Combine(root, "linkfile"), "f.txt");
        File.CreateSymbolicLink(Path.Combine(root, "broken"), "nowhere");
        Directory.CreateSymbolicLink(Path.Combine(root, "linkdir"), "real");

        var found = FileTreeWalker.Walk(root).OrderBy(e => e.RelativePath, StringComparer.Ordinal)
            .Select(e => (e.RelativePath, e.IsDirectory)).ToList();

        found.Should().Equal(
            ("broken", false),
            ("f.txt", false),
            ("linkdir", true),
            ("linkdir/inside.txt", false),
            ("linkfile", false),
            ("real", true),
            ("real/inside.txt", false));
    }

    [Fact]
    public async Task Links_back_to_an_enclosing_folder_are_listed_but_not_followed()
    {
        Directory.CreateDirectory(Path.Combine(root, "real"));
        File.WriteAllText(Path.Combine(root, "real", "inside.txt"), "");
        Directory.CreateSymbolicLink(Path.Combine(root, "real", "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(root, "real", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(root, "linkdir"), "real");

        // A loop used to be walked until the path got too long; the time limit turns that into a failure.
        var walked = await Task.Run(() => FileTreeWalker.Walk(root)).WaitAsync(TimeSpan.FromSeconds(30));
        var found = walked.Select(e => e.RelativePath).Order(StringComparer.Ordinal);

        found.Should().Equal(
            "linkdir", "linkdir/inside.txt", "linkdir/self", "linkdir/up",
            "real", "real/inside.txt", "real/self", "real/up");
    }

    [Fact]
    public void Ignore_files_hide_matching_entries_at_every_depth()
    {
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        File.WriteAllText(Path.Combine(root, ".gitignore"), "*.tmp\nbuild/\n");
        Directory.CreateDirectory(Path.Combine(root, "a", "build"));
        File.WriteAllText(Path.Combine(root, "a", "x.tmp"), "");
        File.WriteAllText(Path.Combine(root, "a", "build.txt"), "");
        File.WriteAllText(Path.Combine(root, "a", ".ignore"), "*.txt\n!keep.txt\n");
        File.WriteAllText(Path.Combine(root, "a", "keep.txt"), "");
        Directory.CreateDirectory(Path.Combine(root, "a", ".git", "info"));
        File.WriteAllText(Path.Combine(root, "a", ".git", "info", "exclude"), "secret\n");
        File.WriteAllText(Path.Combine(root, "a", "secret"), "");

        var found = FileTreeWalker.Walk(root).Select(e => e.RelativePath).Where(p => !p.Contains(".git/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        found.Should().Equal(".git", ".gitignore", "a", "a/.git", "a/.ignore", "a/keep.txt");
    }
}
