using System.Text.Json.Nodes;
using AppServer.Config.Toml;
using AppServer.Config.Writing;

namespace AppServer.Tests.Config;

public class ConfigEditValidationTests
{
    private static ConfigWriteException Refused(params ConfigEdit[] edits)
    {
        var act = () => ConfigEditApplier.Apply("model = \"a\"\n", TomlJson.Parse("model = \"a\"\n", "c.toml"), edits);
        return act.Should().Throw<ConfigWriteException>().Which;
    }

    [Fact]
    public void Unknown_enum_value_uses_the_reference_message()
    {
        var ex = Refused(new ConfigEdit("approval_policy", JsonValue.Create("bogus"), ConfigMergeStrategy.Replace));
        ex.WireCode.Should().Be("configValidationError");
        ex.Message.Should().Be("Invalid configuration: unknown variant `bogus`, expected one of `untrusted`, `on-failure`, `on-request`, `granular`, `never`\nin `approval_policy`\n");
    }

    [Fact]
    public void Wrong_type_uses_the_reference_message()
    {
        Refused(new ConfigEdit("model", JsonValue.Create(5), ConfigMergeStrategy.Replace))
            .Message.Should().Be("Invalid configuration: invalid type: integer `5`, expected a string\nin `model`\n");
    }

    [Fact]
    public void Untrusted_approval_policy_is_refused()
    {
        Refused(new ConfigEdit("approval_policy", JsonValue.Create("untrusted"), ConfigMergeStrategy.Replace))
            .Message.Should().Be("Invalid configuration: approval_policy = \"untrusted\" is no longer supported; remove this setting");
    }

    [Fact]
    public void Empty_key_is_refused()
    {
        Refused(new ConfigEdit("", JsonValue.Create(1), ConfigMergeStrategy.Replace)).Message.Should().Be("keyPath must not be empty");
    }

    [Fact]
    public void Legacy_profiles_cannot_be_written()
    {
        Refused(new ConfigEdit("profiles.fast.model", JsonValue.Create("x"), ConfigMergeStrategy.Replace))
            .Message.Should().Contain("legacy config profile tables");
    }

    [Fact]
    public void Nested_type_errors_name_the_full_path()
    {
        Refused(new ConfigEdit("model_providers.x", new JsonObject { ["request_max_retries"] = "many" }, ConfigMergeStrategy.Upsert))
            .Message.Should().Be("Invalid configuration: invalid type: string \"many\", expected an integer\nin `model_providers.x.request_max_retries`\n");
    }

    [Fact]
    public void Unknown_keys_are_accepted()
    {
        var result = ConfigEditApplier.Apply("", new JsonObject(), [new ConfigEdit("my_tool.colour", JsonValue.Create("blue"), ConfigMergeStrategy.Replace)]);
        result.Text.Should().Be("[my_tool]\ncolour = \"blue\"\n");
    }

    [Fact]
    public void Layer_version_matches_the_reference_hash()
    {
        JsonTree.Version(new JsonObject()).Should().Be("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
        // Observed from codex 0.169.0: a user config.toml holding only `model = "user-model"`.
        JsonTree.Version(TomlJson.Parse("model = \"user-model\"\n", "c.toml"))
            .Should().Be("sha256:0e18cf110f60ada68877cb13d8876bc82ed645fe1da40b20eff2cfc22c605898");
    }
}
