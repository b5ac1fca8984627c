using System.Text.Json.Nodes;
using AppServer.Config.Toml;
using AppServer.Config.Writing;

namespace AppServer.Tests.Config;

public class TomlEditorTests
{
    private const string Original =
        "# top-of-file comment\n" +
        "model = \"gpt-5.5\"   # inline comment\n" +
        "model_provider = \"mock\"\n" +
        "\n" +
        "# comment before tui\n" +
        "[tui]\n" +
        "# comment inside tui\n" +
        "animations = false\n" +
        "\n" +
        "[model_providers.mock]\n" +
        "name = \"Mock\"\n" +
        "base_url = 'http://127.0.0.1:1/v1'\n";

    private static string Apply(string text, params ConfigEdit[] edits)
    {
        var tree = TomlJson.Parse(text, "config.toml");
        var result = ConfigEditApplier.Apply(text, tree, edits);
        result.Reformatted.Should().BeFalse("the surgical edit should express the change");
        JsonTree.DeepEquals(TomlJson.Parse(result.Text, "config.toml"), result.Tree).Should().BeTrue();
        return result.Text;
    }

    [Fact]
    public void Replacing_a_scalar_changes_only_the_value()
    {
        var text = Apply(Original, new ConfigEdit("model", JsonValue.Create("o3"), ConfigMergeStrategy.Replace));
        text.Should().Be(Original.Replace("model = \"gpt-5.5\"", "model = \"o3\""));
    }

    [Fact]
    public void A_new_top_level_key_goes_after_the_last_top_level_key()
    {
        var text = Apply(Original, new ConfigEdit("approval_policy", JsonValue.Create("on-request"), ConfigMergeStrategy.Replace));
        text.Should().Be(Original.Replace("model_provider = \"mock\"\n", "model_provider = \"mock\"\napproval_policy = \"on-request\"\n"));
    }

    [Fact]
    public void A_key_in_an_existing_table_is_added_to_that_table()
    {
        var text = Apply(Original, new ConfigEdit("tui.notifications", JsonValue.Create(true), ConfigMergeStrategy.Replace));
        text.Should().Be(Original.Replace("animations = false\n", "animations = false\nnotifications = true\n"));
    }

    [Fact]
    public void A_dotted_key_in_an_existing_table_is_replaced_in_place()
    {
        var text = Apply(Original, new ConfigEdit("tui.animations", JsonValue.Create(true), ConfigMergeStrategy.Replace));
        text.Should().Be(Original.Replace("animations = false", "animations = true"));
    }

    [Fact]
    public void A_new_table_is_appended_and_the_rest_is_untouched()
    {
        var text = Apply(Original, new ConfigEdit("sandbox_workspace_write", new JsonObject { ["network_access"] = true }, ConfigMergeStrategy.Upsert));
        text.Should().Be(Original + "\n[sandbox_workspace_write]\nnetwork_access = true\n");
    }

    [Fact]
    public void Null_deletes_a_key_and_keeps_the_comments_around_it()
    {
        var text = Apply(Original, new ConfigEdit("model_provider", null, ConfigMergeStrategy.Replace));
        text.Should().Be(Original.Replace("model_provider = \"mock\"\n", ""));
    }

    [Fact]
    public void Null_deletes_a_whole_table()
    {
        var text = Apply(Original, new ConfigEdit("model_providers", null, ConfigMergeStrategy.Replace));
        text.Should().Be(Original[..Original.IndexOf("[model_providers.mock]", StringComparison.Ordinal)]);
    }

    [Fact]
    public void Upsert_merges_into_an_existing_table()
    {
        var text = Apply(Original, new ConfigEdit("model_providers.mock", new JsonObject { ["name"] = "Renamed", ["stream_max_retries"] = 0 }, ConfigMergeStrategy.Upsert));
        text.Should().Be(Original.Replace("name = \"Mock\"", "name = \"Renamed\"") + "stream_max_retries = 0\n");
    }

    [Fact]
    public void Replace_drops_keys_missing_from_the_new_table()
    {
        var tree = TomlJson.Parse(Original, "config.toml");
        var result = ConfigEditApplier.Apply(Original, tree, [new ConfigEdit("model_providers.mock", new JsonObject { ["name"] = "Only" }, ConfigMergeStrategy.Replace)]);
        var parsed = TomlJson.Parse(result.Text, "config.toml");
        JsonTree.Get(parsed, ["model_providers", "mock"])!.ToJsonString().Should().Be("{\"name\":\"Only\"}");
        result.Text.Should().StartWith(Original[..Original.IndexOf("[model_providers.mock]", StringComparison.Ordinal)]);
    }

    [Fact]
    public void Replacing_a_table_keeps_it_where_it_was()
    {
        var text = Apply(Original, new ConfigEdit("tui", new JsonObject { ["theme"] = "dark" }, ConfigMergeStrategy.Replace));
        text.Should().Be(Original.Replace("# comment inside tui\nanimations = false\n", "theme = \"dark\"\n"));
    }

    [Fact]
    public void Inline_tables_are_edited_inline()
    {
        const string text = "a = 1\npolicy = { inherit = \"all\", exclude = [\"X\"] }  # keep\n";
        var edited = Apply(text, new ConfigEdit("policy.inherit", JsonValue.Create("core"), ConfigMergeStrategy.Replace));
        edited.Should().Be("a = 1\npolicy = { inherit = \"core\", exclude = [\"X\"] }  # keep\n");
    }

    [Fact]
    public void Keys_that_need_quotes_are_quoted()
    {
        var edited = Apply("", new ConfigEdit("projects./tmp/x y.trust_level", JsonValue.Create("trusted"), ConfigMergeStrategy.Replace));
        var parsed = TomlJson.Parse(edited, "config.toml");
        parsed["projects"]!["/tmp/x y"]!["trust_level"]!.GetValue<string>().Should().Be("trusted");
    }

    [Fact]
    public void Quoted_key_paths_address_keys_with_dots()
    {
        const string text = "[projects.\"/work/a.b\"]\ntrust_level = \"untrusted\"\n";
        var edited = Apply(text, new ConfigEdit("projects.\"/work/a.b\".trust_level", JsonValue.Create("trusted"), ConfigMergeStrategy.Replace));
        edited.Should().Be("[projects.\"/work/a.b\"]\ntrust_level = \"trusted\"\n");
    }

    [Fact]
    public void Strings_are_escaped()
    {
        var edited = Apply("", new ConfigEdit("developer_instructions", JsonValue.Create("say \"hi\"\\\n\tok"), ConfigMergeStrategy.Replace));
        TomlJson.Parse(edited, "config.toml")["developer_instructions"]!.GetValue<string>().Should().Be("say \"hi\"\\\n\tok");
    }

    [Fact]
    public void A_file_without_trailing_newline_stays_valid()
    {
        var edited = Apply("model = \"a\"", new ConfigEdit("tui.animations", JsonValue.Create(false), ConfigMergeStrategy.Replace));
        edited.Should().Be("model = \"a\"\n\n[tui]\nanimations = false\n");
    }

    [Fact]
    public void Setting_a_key_spelled_as_an_array_of_tables_replaces_those_tables()
    {
        const string text =
            "model = \"a\"\n" +
            "\n" +
            "[[skills.config]]\n" +
            "path = \"/one\"\n" +
            "enabled = false\n" +
            "\n" +
            "[[skills.config]]\n" +
            "path = \"/two\"\n" +
            "enabled = true\n" +
            "\n" +
            "[tui]\n" +
            "animations = false\n";
        var entries = new JsonArray(new JsonObject { ["path"] = "/three", ["enabled"] = false });
        var tree = TomlJson.Parse(text, "config.toml");
        var result = ConfigEditApplier.Apply(text, tree, [new ConfigEdit("skills.config", entries, ConfigMergeStrategy.Replace)]);

        var reparsed = TomlJson.Parse(result.Text, "config.toml");
        reparsed["skills"]!["config"]!.AsArray().Should().ContainSingle();
        reparsed["skills"]!["config"]![0]!["path"]!.GetValue<string>().Should().Be("/three");
        reparsed["tui"]!["animations"]!.GetValue<bool>().Should().BeFalse();
        result.Text.Should().StartWith("model = \"a\"\n").And.NotContain("/one").And.NotContain("/two");
    }
}
