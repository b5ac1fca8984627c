using AppServer.Agent.Shell;

namespace AppServer.Tests.Tools;

public class ShellParsingTests
{
    [Theory]
    [InlineData("ls -la", "ls|-la")]
    [InlineData("cat 'a b' && wc -l x", "cat|a b ; wc|-l|x")]
    [InlineData("echo \"hi there\" | tr a-z A-Z; pwd", "echo|hi there ; tr|a-z|A-Z ; pwd")]
    [InlineData("false || true", "false ; true")]
    [InlineData("ls\npwd", "ls ; pwd")]
    [InlineData("ls;", "ls")]
    public void Plain_scripts_split_into_commands(string script, string expected)
    {
        var commands = PlainScriptParser.Parse(script);
        commands.Should().NotBeNull();
        string.Join(" ; ", commands!.Select(c => string.Join("|", c))).Should().Be(expected);
    }

    [Theory]
    [InlineData("ls > out")]
    [InlineData("cat < in")]
    [InlineData("echo $HOME")]
    [InlineData("echo \"$HOME\"")]
    [InlineData("echo `id`")]
    [InlineData("(ls)")]
    [InlineData("sleep 1 &")]
    [InlineData("FOO=1 ls")]
    [InlineData("ls &&")]
    [InlineData("&& ls")]
    [InlineData("ls |& cat")]
    [InlineData("echo 'unterminated")]
    [InlineData("")]
    public void Anything_else_is_not_plain(string script) => PlainScriptParser.Parse(script).Should().BeNull();

    [Theory]
    [InlineData("ls", true)]
    [InlineData("cat x | wc -l", true)]
    [InlineData("sed -n 1,5p file", true)]
    [InlineData("sed -i s/a/b/ file", false)]
    [InlineData("find . -name '*.cs'", true)]
    [InlineData("find . -delete", false)]
    [InlineData("rg foo", true)]
    [InlineData("rg --pre cat foo", false)]
    [InlineData("base64 file", true)]
    [InlineData("base64 -o out file", false)]
    [InlineData("git status", false)]
    [InlineData("touch x", false)]
    [InlineData("ls > x", false)]
    [InlineData("ls && rm x", false)]
    public void Known_safe_classifier(string script, bool safe)
    {
        KnownSafeCommands.IsKnownSafe(["/bin/bash", "-lc", script]).Should().Be(safe);
        KnownSafeCommands.IsKnownSafe(["zsh", "-c", script]).Should().Be(safe);
    }

    [Fact]
    public void Dangerous_commands_are_flagged()
    {
        KnownSafeCommands.IsDangerous(["bash", "-lc", "rm -rf build"]).Should().BeTrue();
        KnownSafeCommands.IsDangerous(["sudo", "rm", "-f", "x"]).Should().BeTrue();
        KnownSafeCommands.IsDangerous(["rm", "x"]).Should().BeFalse();
    }

    [Theory]
    [InlineData("echo hi", "'echo hi'")]
    [InlineData("it's", "'it'\"'\"'s'")]
    [InlineData("", "''")]
    [InlineData("a/b-c.d", "a/b-c.d")]
    public void Shell_quoting(string word, string quoted) => ShellQuote.Quote(word).Should().Be(quoted);

    [Fact]
    public void Displayed_command_is_shlex_joined() =>
        ShellQuote.Join(["/bin/bash", "-lc", "echo hi"]).Should().Be("/bin/bash -lc 'echo hi'");

    [Fact]
    public void Command_actions_like_the_reference()
    {
        var cwd = "/work/p";
        CommandActionParser.Parse(["/bin/bash", "-lc", "cat README.md"], cwd).Should().Equal(new ReadAction("cat README.md", "README.md", "/work/p/README.md"));
        CommandActionParser.Parse(["/bin/bash", "-lc", "cd src && sed -n 1,20p main.cs"], cwd).Should().Equal(new ReadAction("sed -n 1,20p main.cs", "main.cs", "/work/p/src/main.cs"));
        CommandActionParser.Parse(["/bin/bash", "-lc", "ls -la"], cwd).Should().Equal(new ListFilesAction("ls -la", null));
        CommandActionParser.Parse(["/bin/bash", "-lc", "rg --files src"], cwd).Should().Equal(new ListFilesAction("rg --files src", "src"));
        CommandActionParser.Parse(["/bin/bash", "-lc", "rg -n TODO src"], cwd).Should().Equal(new SearchAction("rg -n TODO src", "TODO", "src"));
        CommandActionParser.Parse(["/bin/bash", "-lc", "grep foo"], cwd).Should().Equal(new SearchAction("grep foo", "foo", null));
        CommandActionParser.Parse(["/bin/bash", "-lc", "find . -name '*.cs'"], cwd).Should().Equal(new SearchAction("find . -name '*.cs'", "*.cs", "."));
        CommandActionParser.Parse(["/bin/bash", "-lc", "rg foo | head -n 5"], cwd).Should().Equal(new SearchAction("rg foo | head -n 5", "foo", null));
        CommandActionParser.Parse(["/bin/bash", "-lc", "git status"], cwd).Should().Equal(new UnknownAction("git status"));
        CommandActionParser.Parse(["/bin/bash", "-lc", "cat x | wc -l"], cwd).Should().Equal(new UnknownAction("cat x | wc -l"));
        CommandActionParser.Parse(["/bin/bash", "-lc", "npm test > log"], cwd).Should().Equal(new UnknownAction("npm test > log"));
    }
}
