using System.Text.Json.Nodes;
using AppServer.Core.Skills;

namespace AppServer.Tests.Skills;

public sealed class SimpleYamlTests
{
    [Fact]
    public void Reads_scalars_quotes_and_nested_mappings()
    {
        var yaml = SimpleYaml.Parse("""
            name: my-skill
            description: "A skill: with a colon"
            single: 'it''s'
            plain: value # a comment
            metadata:
              short-description: Short one
            """);

        ((string?)yaml["name"]).Should().Be("my-skill");
        ((string?)yaml["description"]).Should().Be("A skill: with a colon");
        ((string?)yaml["single"]).Should().Be("it's");
        ((string?)yaml["plain"]).Should().Be("value");
        ((string?)yaml["metadata"]!["short-description"]).Should().Be("Short one");
    }

    [Fact]
    public void Folded_and_literal_block_scalars()
    {
        var yaml = SimpleYaml.Parse("folded: >\n  line one\n  line two\nliteral: |-\n  a\n  b\nnext: x\n");

        ((string?)yaml["folded"]).Should().Be("line one line two\n");
        ((string?)yaml["literal"]).Should().Be("a\nb");
        ((string?)yaml["next"]).Should().Be("x");
    }

    [Fact]
    public void Sequences_of_mappings()
    {
        var yaml = SimpleYaml.Parse("dependencies:\n  tools:\n    - type: env_var\n      value: FOO\n    - type: mcp\n      value: srv\n");

        var tools = yaml["dependencies"]!["tools"]!.AsArray();
        tools.Should().HaveCount(2);
        ((string?)tools[0]!["value"]).Should().Be("FOO");
        ((string?)tools[1]!["type"]).Should().Be("mcp");
    }

    [Fact]
    public void A_line_that_is_not_a_key_is_an_error()
    {
        var act = () => SimpleYaml.Parse("just some text\n");

        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void Empty_document_is_an_empty_mapping()
        => SimpleYaml.Parse("\n# only a comment\n").Should().BeEquivalentTo(new JsonObject());
}
