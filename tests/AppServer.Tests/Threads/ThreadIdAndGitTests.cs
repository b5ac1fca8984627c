using System.Diagnostics;
using AppServer.Core.Threads;

namespace AppServer.Tests.Threads;

public sealed class ThreadIdAndGitTests
{
    [Theory]
    [InlineData("not-a-uuid", "invalid thread id: invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `n` at 1")]
    [InlineData("abc", "invalid thread id: invalid length: expected length 32 for simple format, found 3")]
    [InlineData("01a2063c-6d1c-7f01-b6fe", "invalid thread id: invalid group count: expected 5, found 4")]
    [InlineData("01a2063c-6d1c-7f01-b6fe-4efc8d5c299", "invalid thread id: invalid group length in group 4: expected 12, found 11")]
    public void Malformed_ids_are_rejected_with_the_reference_wording(string id, string message)
    {
        var parse = () => ThreadId.Parse(id);
        parse.Should().Throw<ThreadRequestException>().WithMessage(message);
    }

    [Fact]
    public void Ids_are_normalised_and_new_ids_are_version_7()
    {
        ThreadId.Parse("urn:uuid:01A2063C-6D1C-7F01-B6FE-4EFC8D5C2990").Should().Be("01a2063c-6d1c-7f01-b6fe-4efc8d5c2990");
        ThreadId.Parse("01a2063c6d1c7f01b6fe4efc8d5c2990").Should().Be("01a2063c-6d1c-7f01-b6fe-4efc8d5c2990");
        Guid.Parse(ThreadId.New()).Version.Should().Be(7);
    }

    [Fact]
    public void Git_info_is_read_from_a_repository_and_absent_elsewhere()
    {
        var dir = Path.Combine("/var/tmp", "threads-git-tests", Guid.NewGuid().ToString("N"));
        var sub = Path.Combine(dir, "src", "deep");
        Directory.CreateDirectory(sub);
        try
        {
            GitInfoReader.Detect(sub).Should().BeNull();
            Git(dir, "init", "-q", "-b", "feature/x");
            Git(dir, "-c", "user.email=a@b", "-c", "user.name=n", "commit", "-q", "--allow-empty", "-m", "one");
            Git(dir, "remote", "add", "origin", "https://example.com/repo.git");
            var sha = Git(dir, "rev-parse", "HEAD").Trim();

            var info = GitInfoReader.Detect(sub)!;
            info.Branch.Should().Be("feature/x");
            info.Sha.Should().Be(sha);
            info.OriginUrl.Should().Be("https://example.com/repo.git");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Git(string cwd, params string[] args)
    {
        var psi = new ProcessStartInfo("git") { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, process.StandardError.ReadToEnd());
        return output;
    }
}
