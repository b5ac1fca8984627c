using AppServer.Core.Skills;
using AppServer.Protocol.Items;
using FluentAssertions;
using Xunit;

namespace AppServer.Tests.Skills;

/// <summary>
/// Which skills a turn's input selects. Each case mirrors what codex 0.169.0 sent to a fake model for the
/// same input (probed with skill items, <c>$name</c> texts and links).
/// </summary>
public sealed class SkillMentionsTests
{
    private static readonly Skill Beta = Make("beta", "/s/beta/SKILL.md");
    private static readonly Skill Demo = Make("demo", "/s/demo/SKILL.md");
    private static readonly Skill Zeta = Make("zeta", "/s/alpha/SKILL.md");
    private static readonly Skill Off = Make("off", "/s/off/SKILL.md");

    private static readonly IReadOnlyList<SkillState> Listing =
    [
        new(Beta, true), new(Demo, true), new(Off, false), new(Zeta, true),
    ];

    [Fact]
    public void Skill_items_are_matched_by_path_in_input_order_and_named_as_the_skill_is()
    {
        var picked = SkillMentions.Select([SkillItem("zeta", Zeta.Path), SkillItem("wrong name", Demo.Path)], Listing);

        picked.Should().Equal(Zeta, Demo);
    }

    [Fact]
    public void Unknown_disabled_and_relative_paths_select_nothing()
    {
        SkillMentions.Select(
            [SkillItem("ghost", "/s/ghost/SKILL.md"), SkillItem("off", Off.Path), SkillItem("demo", "relative/SKILL.md")],
            Listing).Should().BeEmpty();
    }

    [Fact]
    public void A_skill_named_twice_is_injected_once()
    {
        SkillMentions.Select([SkillItem("demo", Demo.Path), SkillItem("demo", Demo.Path), Text("and $demo $demo")], Listing)
            .Should().Equal(Demo);
    }

    [Fact]
    public void Text_mentions_follow_the_skill_list_order_after_the_skill_items()
    {
        SkillMentions.Select([Text("J $zeta and $demo and $beta")], Listing).Should().Equal(Beta, Demo, Zeta);
        SkillMentions.Select([Text("K $beta"), SkillItem("zeta", Zeta.Path), SkillItem("demo", Demo.Path)], Listing)
            .Should().Equal(Zeta, Demo, Beta);
    }

    [Theory]
    [InlineData("A $Demo", false)]
    [InlineData("B $demo.", true)]
    [InlineData("C x$demo", true)]
    [InlineData("D $demo-extra", false)]
    [InlineData("M $demo:x", false)]
    [InlineData("N $demo_x", false)]
    [InlineData("O $demo/x", true)]
    [InlineData("P $demo's", true)]
    [InlineData("Q $$demo", true)]
    [InlineData("R `$demo`", true)]
    [InlineData("G [$demo](/somewhere)", false)]
    [InlineData("L [$demo](/s/demo/SKILL.md)", true)]
    [InlineData("L2 [$other]  ( skill:///s/demo/SKILL.md )", true)]
    [InlineData("H $off", false)]
    public void Text_mention_boundaries_match_the_reference(string text, bool selectsDemo)
    {
        SkillMentions.Select([Text(text)], Listing).Contains(Demo).Should().Be(selectsDemo);
    }

    [Fact]
    public void An_ambiguous_name_is_only_selected_by_path()
    {
        var repoBeta = Make("beta", "/repo/.agents/skills/b/SKILL.md");
        IReadOnlyList<SkillState> listing = [new(repoBeta, true), new(Beta, true)];

        SkillMentions.Select([Text("S $beta")], listing).Should().BeEmpty();
        SkillMentions.Select([Text($"[$beta]({Beta.Path})")], listing).Should().Equal(Beta);
    }

    [Fact]
    public void A_skill_item_name_blocks_the_plain_mention_of_that_name()
    {
        SkillMentions.Select([Text("run $demo"), SkillItem("demo", "/s/missing/SKILL.md")], Listing).Should().BeEmpty();
    }

    [Fact]
    public void Common_environment_variables_are_not_mentions()
    {
        var path = Make("PATH", "/s/path/SKILL.md");
        SkillMentions.Select([Text("echo $PATH")], [new(path, true)]).Should().BeEmpty();
    }

    [Fact]
    public void Mention_items_select_nothing()
    {
        SkillMentions.Select([new MentionUserInput { Name = "demo", Path = Demo.Path }], Listing).Should().BeEmpty();
    }

    [Fact]
    public void The_injection_keeps_the_file_as_is_inside_a_skill_block()
    {
        SkillsService.RenderInjection("demo", "/s/demo/SKILL.md", "---\nname: demo\n---\nBody\n")
            .Should().Be("<skill>\n<name>demo</name>\n<path>/s/demo/SKILL.md</path>\n---\nname: demo\n---\nBody\n\n</skill>");
    }

    private static Skill Make(string name, string path) => new() { Name = name, Description = name, Path = path, Scope = SkillScopeKind.User };

    private static SkillUserInput SkillItem(string name, string path) => new() { Name = name, Path = path };

    private static TextUserInput Text(string text) => new() { Text = text };
}
