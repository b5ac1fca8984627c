using AppServer.Config;
using AppServer.Core.Home;
using AppServer.Core.Skills;

namespace AppServer.Tests.Skills;

public sealed class SkillsServiceTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "skills-tests-" + Guid.NewGuid().ToString("N"));

    public SkillsServiceTests()
    {
        Directory.CreateDirectory(CodexHome);
        Directory.CreateDirectory(UserHome);
        Directory.CreateDirectory(Path.Combine(Project, ".git"));
        Directory.CreateDirectory(Cwd);
        Directory.CreateDirectory(SystemDir);
    }

    private string CodexHome => Path.Combine(_root, "codex-home");

    private string UserHome => Path.Combine(_root, "home");

    private string SystemDir => Path.Combine(_root, "etc");

    private string Project => Path.Combine(_root, "proj");

    private string Cwd => Path.Combine(Project, "pkg", "sub");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (SkillsService Skills, ConfigService Config) Create()
    {
        var config = new ConfigService(new ConfigPaths(SystemDir, CodexHome), defaultCwd: Cwd);
        return (new SkillsService(config, new CodexHome(CodexHome), UserHome), config);
    }

    private static string WriteSkill(string folder, string frontMatter, string body = "Do the thing.\n")
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "SKILL.md");
        File.WriteAllText(file, frontMatter is "" ? body : $"---\n{frontMatter}\n---\n{body}");
        return file;
    }

    [Fact]
    public void Finds_repo_user_home_and_extra_skills_sorted_by_scope_then_name()
    {
        WriteSkill(Path.Combine(CodexHome, "skills", "zeta"), "name: zeta\ndescription: last user skill");
        WriteSkill(Path.Combine(CodexHome, "skills", "group", "alpha"), "name: alpha\ndescription: nested one level");
        WriteSkill(Path.Combine(UserHome, ".agents", "skills", "home"), "name: home-skill\ndescription: from HOME");
        WriteSkill(Path.Combine(Project, ".agents", "skills", "root"), "name: root-skill\ndescription: at the project root");
        WriteSkill(Path.Combine(Project, "pkg", ".agents", "skills", "pkg"), "name: pkg-skill\ndescription: between root and cwd");
        WriteSkill(Path.Combine(_root, ".agents", "skills", "outside"), "name: outside\ndescription: above the project root");
        var extra = Path.Combine(_root, "extra");
        WriteSkill(Path.Combine(extra, "x"), "name: extra-skill\ndescription: from an extra root");
        var (skills, _) = Create();
        skills.SetExtraRoots([extra]);

        var listing = skills.List(Cwd);

        listing.Skills.Select(s => (s.Skill.Name, s.Skill.Scope)).Should().Equal(
            ("pkg-skill", SkillScopeKind.Repo),
            ("root-skill", SkillScopeKind.Repo),
            ("alpha", SkillScopeKind.User),
            ("extra-skill", SkillScopeKind.User),
            ("home-skill", SkillScopeKind.User),
            ("zeta", SkillScopeKind.User));
        listing.Skills.Should().OnlyContain(s => s.Enabled);
        listing.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Malformed_skills_are_reported_without_failing_the_others()
    {
        var good = WriteSkill(Path.Combine(CodexHome, "skills", "good"), "name: good\ndescription: fine\nmetadata:\n  short-description: short");
        var noFrontMatter = WriteSkill(Path.Combine(CodexHome, "skills", "plain"), "");
        var noDescription = WriteSkill(Path.Combine(CodexHome, "skills", "nodesc"), "name: nodesc");
        WriteSkill(Path.Combine(CodexHome, "skills", "unnamed"), "description: falls back to the folder name");
        var (skills, _) = Create();

        var listing = skills.List(Cwd);

        listing.Skills.Select(s => s.Skill.Name).Should().Equal("good", "unnamed");
        listing.Skills[0].Skill.ShortDescription.Should().Be("short");
        listing.Skills[0].Skill.Path.Should().Be(good);
        listing.Errors.Should().BeEquivalentTo(new[]
        {
            new SkillLoadError(noDescription, "missing field `description`"),
            new SkillLoadError(noFrontMatter, "missing YAML frontmatter delimited by ---"),
        });
    }

    [Fact]
    public void Interface_and_dependencies_come_from_agents_openai_yaml()
    {
        var folder = Path.Combine(CodexHome, "skills", "pretty");
        WriteSkill(folder, "name: pretty\ndescription: has display metadata");
        Directory.CreateDirectory(Path.Combine(folder, "agents"));
        Directory.CreateDirectory(Path.Combine(folder, "assets"));
        File.WriteAllText(Path.Combine(folder, "assets", "small.svg"), "<svg/>");
        File.WriteAllText(Path.Combine(folder, "agents", "openai.yaml"), """
            interface:
              display_name: "Pretty Skill"
              icon_small: "./assets/small.svg"
              icon_large: "./assets/missing.png"
              default_prompt: Use $pretty
            dependencies:
              tools:
                - type: env_var
                  value: TOKEN
                  description: needed
            """);
        var (skills, _) = Create();

        var skill = skills.List(Cwd).Skills.Single().Skill;

        skill.Interface.Should().Be(new SkillInterfaceInfo("Pretty Skill", null, Path.Combine(folder, "assets", "small.svg"), null, null, "Use $pretty"));
        skill.Dependencies.Should().Equal(new SkillToolDependencyInfo("env_var", "TOKEN", "needed", null, null, null));
    }

    [Fact]
    public async Task Config_write_disables_by_name_and_by_path_and_keeps_the_file_valid()
    {
        var first = WriteSkill(Path.Combine(CodexHome, "skills", "one"), "name: one\ndescription: first");
        WriteSkill(Path.Combine(CodexHome, "skills", "two"), "name: two\ndescription: second");
        File.WriteAllText(Path.Combine(CodexHome, "config.toml"), "# mine\n[[skills.config]]\nname = \"two\"\nenabled = false\n");
        var (skills, config) = Create();
        skills.List(Cwd).Skills.Select(s => s.Enabled).Should().Equal(true, false);

        (await skills.SetEnabledAsync(null, first, false)).Should().BeFalse();
        (await skills.SetEnabledAsync("two", null, true)).Should().BeTrue();

        skills.List(Cwd).Skills.Select(s => s.Enabled).Should().Equal(false, true);
        config.Load().Warnings.Should().BeEmpty("the rewritten config.toml must still parse");
        File.ReadAllText(Path.Combine(CodexHome, "config.toml")).Should().StartWith("# mine");
    }

    [Fact]
    public void Cached_results_are_reused_until_force_reload()
    {
        WriteSkill(Path.Combine(CodexHome, "skills", "one"), "name: one\ndescription: before");
        var (skills, _) = Create();
        skills.List(Cwd).Skills.Single().Skill.Description.Should().Be("before");
        skills.Dispose(); // no watcher: only forceReload can see the edit

        WriteSkill(Path.Combine(CodexHome, "skills", "one"), "name: one\ndescription: after");

        skills.List(Cwd).Skills.Single().Skill.Description.Should().Be("before");
        skills.List(Cwd, forceReload: true).Skills.Single().Skill.Description.Should().Be("after");
    }

    [Fact]
    public async Task A_change_under_a_watched_root_raises_Changed_and_invalidates_the_cache()
    {
        WriteSkill(Path.Combine(CodexHome, "skills", "one"), "name: one\ndescription: first");
        var (skills, _) = Create();
        using var __ = skills;
        skills.List(Cwd).Skills.Should().HaveCount(1);
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        skills.Changed += () => changed.TrySetResult();

        WriteSkill(Path.Combine(CodexHome, "skills", "two"), "name: two\ndescription: added later");

        await changed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        skills.List(Cwd).Skills.Select(s => s.Skill.Name).Should().Equal("one", "two");
    }

    [Fact]
    public void Instructions_list_only_enabled_skills()
    {
        WriteSkill(Path.Combine(CodexHome, "skills", "on"), "name: on\ndescription: enabled one");
        WriteSkill(Path.Combine(CodexHome, "skills", "off"), "name: off\ndescription: disabled one");
        File.WriteAllText(Path.Combine(CodexHome, "config.toml"), "[[skills.config]]\nname = \"off\"\nenabled = false\n");
        var (skills, _) = Create();

        var text = skills.RenderInstructions(Cwd);

        text.Should().StartWith("<skills_instructions>").And.EndWith("</skills_instructions>");
        text.Should().Contain("- on: enabled one (file: " + Path.Combine(CodexHome, "skills", "on", "SKILL.md") + ")");
        text.Should().NotContain("disabled one");
    }
}
