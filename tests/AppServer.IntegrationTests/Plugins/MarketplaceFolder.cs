using System.Diagnostics;

namespace AppServer.IntegrationTests.Plugins;

/// <summary>Builds marketplace folders on disk for plugin tests.</summary>
internal static class MarketplaceFolder
{
    /// <summary>
    /// A marketplace named <paramref name="name"/> at <paramref name="root"/> with: <c>sample</c> (version 1.2.3,
    /// a skill, an MCP server, display metadata), <c>broken</c> (unparsable plugin.json) and <c>locked</c>
    /// (NOT_AVAILABLE). Returns the manifest path.
    /// </summary>
    public static string Create(string root, string name = "debug", string displayName = "Debug Market")
    {
        Write(root, ".agents/plugins/marketplace.json", $$$"""
            {"name": "{{{name}}}", "interface": {"displayName": "{{{displayName}}}"}, "plugins": [
              {"name": "sample", "source": {"source": "local", "path": "./plugins/sample"}, "category": "Dev"},
              {"name": "broken", "source": "./plugins/broken"},
              {"name": "locked", "source": "./plugins/sample", "policy": {"installation": "NOT_AVAILABLE", "authentication": "ON_USE"}},
              {"name": "escapes", "source": "../outside"}
            ]}
            """);
        Write(root, "plugins/sample/.codex-plugin/plugin.json", """
            {"name": "sample", "version": "1.2.3", "description": "A sample plugin", "keywords": ["demo"],
             "interface": {"displayName": "Sample", "shortDescription": "short", "capabilities": ["Read"], "logo": "./logo.png", "defaultPrompt": "say   hello"}}
            """);
        Write(root, "plugins/sample/logo.png", "png");
        Write(root, "plugins/sample/skills/hello/SKILL.md", "---\nname: hello\ndescription: Say hello\n---\nHello body\n");
        Write(root, "plugins/sample/.mcp.json", """{"mcpServers": {"srv": {"command": "echo"}}}""");
        Write(root, "plugins/broken/.codex-plugin/plugin.json", "{not json");
        return Path.Combine(root, ".agents", "plugins", "marketplace.json");
    }

    public static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Runs git in <paramref name="folder"/> with a fixed identity; throws on failure.</summary>
    public static void Git(string folder, params string[] args)
    {
        var psi = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-c", "user.email=test@example.com", "-c", "user.name=test", "-c", "init.defaultBranch=main" }.Concat(args))
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi)!;
        var errors = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {errors}");
        }
    }
}
