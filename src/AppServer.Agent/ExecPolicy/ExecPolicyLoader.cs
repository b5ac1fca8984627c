namespace AppServer.Agent.ExecPolicy;

/// <summary>
/// Loads <c>rules/*.rules</c> from the config folders, lowest precedence first: the system folder
/// (<c>/etc/codex</c> unless the host moved it), the user's <c>$CODEX_HOME</c>, then each trusted
/// project's <c>.codex</c>. A file that fails to parse is skipped and reported; the others still apply.
/// </summary>
internal static class ExecPolicyLoader
{
    /// <summary>The rule set and the parse errors of the files that were skipped.</summary>
    public sealed record Result(ExecPolicy Policy, IReadOnlyList<RulesParseException> Errors);

    /// <summary>The config folders whose <c>rules/</c> subfolder is read, in precedence order.</summary>
    public static IReadOnlyList<string> ConfigFolders(string systemConfigDir, string codexHome, IEnumerable<string> trustedProjectCodexDirs) =>
        [systemConfigDir, codexHome, .. trustedProjectCodexDirs];

    /// <summary>Reads every <c>&lt;folder&gt;/rules/*.rules</c> (sorted by name within a folder).</summary>
    public static Result Load(IEnumerable<string> configFolders)
    {
        var builder = new ExecPolicyBuilder();
        var errors = new List<RulesParseException>();
        foreach (var folder in configFolders)
        {
            var rulesDir = Path.Combine(folder, "rules");
            if (!Directory.Exists(rulesDir))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(rulesDir, "*.rules").Order(StringComparer.Ordinal))
            {
                // Parse into a scratch builder so a broken file contributes nothing.
                var scratch = new ExecPolicyBuilder();
                try
                {
                    RulesParser.Parse(File.ReadAllText(file), file, scratch);
                }
                catch (RulesParseException e)
                {
                    errors.Add(e);
                    continue;
                }
                catch (IOException e)
                {
                    errors.Add(new RulesParseException(file, 1, 1, e.Message));
                    continue;
                }

                builder.Merge(scratch);
            }
        }

        return new Result(builder.Build(), errors);
    }
}
