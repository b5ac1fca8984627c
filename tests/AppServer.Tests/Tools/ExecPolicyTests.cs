using AppServer.Agent.ExecPolicy;

namespace AppServer.Tests.Tools;

public sealed class ExecPolicyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tools-rules-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static ExecPolicy Parse(string text)
    {
        var builder = new ExecPolicyBuilder();
        RulesParser.Parse(text, "test.rules", builder);
        return builder.Build();
    }

    [Fact]
    public void Prefix_rules_with_alternatives_and_strictest_wins()
    {
        var policy = Parse("""
            # comment
            prefix_rule(pattern=["git", ["status", "log"]], decision="allow")
            prefix_rule(
                pattern = ["git", "push"],
                decision = "prompt",
                justification = 'pushing needs a human',
                match = ["git push origin main", ["git", "push"]],
                not_match = ["git status"],
            )
            prefix_rule(pattern=["git"], decision="forbidden", justification="no git")
            prefix_rule(pattern=["ls"])
            """);
        policy.Match(["git", "status"])!.Decision.Should().Be(RuleDecision.Forbidden);
        policy.Match(["ls", "-la"])!.Decision.Should().Be(RuleDecision.Allow);
        policy.Match(["/bin/ls"])!.Decision.Should().Be(RuleDecision.Allow, "absolute paths fall back to the basename");
        policy.Match(["cat"]).Should().BeNull();

        var prompt = Parse("""prefix_rule(pattern=["git", "push"], decision="prompt", justification="pushing needs a human")""");
        prompt.Match(["git", "push", "origin"])!.Justification.Should().Be("pushing needs a human");
        prompt.Match(["git", "pull"]).Should().BeNull();
    }

    [Fact]
    public void Host_executable_restricts_basename_fallback()
    {
        var policy = Parse("""
            host_executable(name="git", paths=["/usr/bin/git"])
            prefix_rule(pattern=["git"], decision="prompt")
            """);
        policy.Match(["/usr/bin/git", "status"]).Should().NotBeNull();
        policy.Match(["/tmp/evil/git", "status"]).Should().BeNull();
    }

    [Theory]
    [InlineData("prefix_rule(pattern=[\"ls\"], decision=\"maybe\")", 1, 1, "invalid decision `maybe`*")]
    [InlineData("\n\nprefix_rule(pattern=[\"ls\"]", 3, 27, "expected `,` or `)`")]
    [InlineData("prefix_rule(pattern=[\"ls\"], match=[\"cat x\"])", 1, 1, "example `cat x` in `match` does not match the rule")]
    [InlineData("prefix_rule(pattern=[\"ls\"], not_match=[\"ls -l\"])", 1, 1, "example `ls -l` in `not_match` matches the rule")]
    [InlineData("exec_rule(pattern=[\"ls\"])", 1, 1, "unknown function `exec_rule`")]
    [InlineData("prefix_rule(pattern=[])", 1, 1, "prefix_rule requires a non-empty `pattern` list")]
    [InlineData("prefix_rule(pattern=[\"ls", 1, 22, "unterminated string literal")]
    public void Parse_errors_name_file_line_and_column(string text, int line, int column, string detail)
    {
        var act = () => Parse(text);
        var error = act.Should().Throw<RulesParseException>().Which;
        error.Line.Should().Be(line);
        error.Column.Should().Be(column);
        error.Message.Should().StartWith($"test.rules:{line}:{column}: ");
        error.Message[$"test.rules:{line}:{column}: ".Length..].Should().Match(detail);
    }

    [Fact]
    public void Loader_reads_system_user_and_project_folders_and_skips_broken_files()
    {
        var system = Directory.CreateDirectory(Path.Combine(_dir, "etc", "rules")).Parent!.FullName;
        var user = Directory.CreateDirectory(Path.Combine(_dir, "home", "rules")).Parent!.FullName;
        var project = Directory.CreateDirectory(Path.Combine(_dir, "proj", ".codex", "rules")).Parent!.FullName;
        File.WriteAllText(Path.Combine(system, "rules", "a.rules"), "prefix_rule(pattern=[\"rm\"], decision=\"forbidden\", justification=\"sys\")\n");
        File.WriteAllText(Path.Combine(user, "rules", "default.rules"), "prefix_rule(pattern=[\"ls\"], decision=\"allow\")\n");
        File.WriteAllText(Path.Combine(user, "rules", "broken.rules"), "prefix_rule(\n");
        File.WriteAllText(Path.Combine(user, "rules", "ignored.txt"), "garbage");
        File.WriteAllText(Path.Combine(project, "rules", "p.rules"), "prefix_rule(pattern=[\"make\"], decision=\"prompt\")\n");

        var result = ExecPolicyLoader.Load([system, user, project, Path.Combine(_dir, "missing")]);
        result.Errors.Should().ContainSingle().Which.File.Should().EndWith("broken.rules");
        result.Policy.Match(["rm", "-rf", "/"])!.Justification.Should().Be("sys");
        result.Policy.Match(["ls"])!.Decision.Should().Be(RuleDecision.Allow);
        result.Policy.Match(["make", "all"])!.Decision.Should().Be(RuleDecision.Prompt);
    }

    [Fact]
    public void Amendments_append_to_default_rules_and_load_back()
    {
        var home = Path.Combine(_dir, "codex-home");
        Directory.CreateDirectory(Path.Combine(home, "rules"));
        File.WriteAllText(RuleAmendments.DefaultRulesFile(home), "# mine\nprefix_rule(pattern=[\"pwd\"])");
        RuleAmendments.Append(home, ["ls"]);
        RuleAmendments.Append(home, ["touch", "a \"b\""]);
        File.ReadAllText(RuleAmendments.DefaultRulesFile(home)).Should().Be(
            "# mine\nprefix_rule(pattern=[\"pwd\"])\nprefix_rule(pattern=[\"ls\"], decision=\"allow\")\nprefix_rule(pattern=[\"touch\", \"a \\\"b\\\"\"], decision=\"allow\")\n");
        var policy = ExecPolicyLoader.Load([home]).Policy;
        policy.Match(["touch", "a \"b\""])!.Decision.Should().Be(RuleDecision.Allow);
        policy.Match(["ls", "-l"]).Should().NotBeNull();
    }
}
