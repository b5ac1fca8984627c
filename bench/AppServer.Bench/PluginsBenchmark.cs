using System.Diagnostics;
using System.Text.Json.Nodes;
using AppServer.Testing;

namespace AppServer.Bench;

/// <summary>plugin/list, plugin/read and plugin/install round trips over stdio on a local marketplace of 100 plugins.</summary>
internal static class PluginsBenchmark
{
    private const int PluginCount = 100;

    public static async Task RunAsync(string[] args)
    {
        var options = new TestServerOptions();
        var root = Path.Combine(options.Root, "market");
        var entries = new List<string>();
        for (var i = 0; i < PluginCount; i++)
        {
            var name = $"plugin-{i:D3}";
            entries.Add($$"""{"name": "{{name}}", "source": "./plugins/{{name}}"}""");
            Write(root, $"plugins/{name}/.codex-plugin/plugin.json", $$$"""{"name": "{{{name}}}", "version": "1.0.0", "interface": {"displayName": "{{{name}}}", "logo": "./logo.png"}}""");
            Write(root, $"plugins/{name}/skills/s/SKILL.md", "---\nname: s\ndescription: a skill\n---\nbody\n");
        }

        var manifest = Write(root, ".agents/plugins/marketplace.json", $$"""{"name": "bench", "plugins": [{{string.Join(",", entries)}}]}""");
        var (server, client) = await TestServer.StartStdioAsync(options);
        await using (server)
        await using (client)
        {
            await client.InitializeAsync();
            await client.CallAsync("marketplace/add", new JsonObject { ["source"] = root });
            var lists = new List<double>();
            var reads = new List<double>();
            var installs = new List<double>();
            for (var i = 0; i < 50; i++)
            {
                var clock = Stopwatch.StartNew();
                await client.CallAsync("plugin/list", new JsonObject());
                lists.Add(clock.Elapsed.TotalMilliseconds);

                clock.Restart();
                await client.CallAsync("plugin/read", new JsonObject { ["pluginName"] = $"plugin-{i:D3}", ["marketplacePath"] = manifest });
                reads.Add(clock.Elapsed.TotalMilliseconds);

                clock.Restart();
                await client.CallAsync("plugin/install", new JsonObject { ["pluginName"] = $"plugin-{i:D3}", ["marketplacePath"] = manifest });
                installs.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"plugin/list ({PluginCount} plugins, up to 50 installed): {Stats.Summary(lists)}");
            Console.WriteLine($"plugin/read (manifest + skills scan): {Stats.Summary(reads)}");
            Console.WriteLine($"plugin/install (copy + rename + config.toml write): {Stats.Summary(installs)}");
        }
    }

    private static string Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
