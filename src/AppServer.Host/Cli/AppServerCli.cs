using System.CommandLine;
using AppServer.Host.Hosting;
using AppServer.Host.Schema;

namespace AppServer.Host.Cli;

/// <summary>The <c>appserver</c> command line.</summary>
internal static class AppServerCli
{
    /// <summary>What an empty command line means: every option at its default (the parser gives the same).</summary>
    public static ServerOptions Defaults => new() { Listen = ListenAddress.Stdio };

    public static RootCommand Build()
    {
        var listen = new Option<string>("--listen")
        {
            Description = "Transport: stdio:// (default), ws://IP:PORT, or off.",
            DefaultValueFactory = _ => "stdio://",
        };
        listen.Validators.Add(result =>
        {
            if (!ListenAddress.TryParse(result.GetValueOrDefault<string>() ?? "stdio://", out _, out var error))
            {
                result.AddError(error!);
            }
        });

        var config = new Option<string[]>("--config", "-c")
        {
            Description = "Override a config value: key=value (value parsed as TOML, else a string). Repeatable.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };

        var profile = new Option<string?>("--profile", "-p")
        {
            Description = "Config profile: layers $CODEX_HOME/NAME.config.toml (or [profiles.NAME]) over the user config.",
        };

        var wsAuth = new Option<string?>("--ws-auth") { Description = "WebSocket authentication mode: capability-token." };
        wsAuth.AcceptOnlyFromAmong("capability-token");
        var wsTokenFile = new Option<FileInfo?>("--ws-token-file") { Description = "File holding the bearer token WebSocket clients must present." };

        var root = new RootCommand("AppServer: a Codex app-server compatible agent daemon (JSON-RPC over stdio or WebSocket).")
        {
            listen, config, profile, wsAuth, wsTokenFile,
        };
        root.Validators.Add(result =>
        {
            // Presence, not value: a bad --ws-auth value is already reported by its own validator.
            var mode = result.GetResult(wsAuth) is not null;
            var file = result.GetResult(wsTokenFile) is not null;
            if (mode && !file)
            {
                result.AddError("--ws-auth capability-token requires --ws-token-file PATH");
            }
            else if (!mode && file)
            {
                result.AddError("--ws-token-file requires --ws-auth capability-token");
            }
        });
        root.SetAction(async (parse, cancellationToken) =>
        {
            ListenAddress.TryParse(parse.GetValue(listen)!, out var address, out _);
            string? token = null;
            if (parse.GetValue(wsTokenFile) is { } tokenFile)
            {
                if (address.Kind != ListenKind.WebSocket)
                {
                    await Console.Error.WriteLineAsync("--ws-auth is only meaningful with --listen ws://IP:PORT").ConfigureAwait(false);
                    return 2;
                }

                token = File.Exists(tokenFile.FullName) ? (await File.ReadAllTextAsync(tokenFile.FullName, cancellationToken).ConfigureAwait(false)).Trim() : "";
                if (token.Length == 0)
                {
                    await Console.Error.WriteLineAsync($"websocket token file {tokenFile.FullName} is missing or empty").ConfigureAwait(false);
                    return 2;
                }
            }

            var options = new ServerOptions
            {
                Listen = address,
                ConfigOverrides = parse.GetValue(config) ?? [],
                Profile = parse.GetValue(profile),
                WebSocketToken = token,
            };
            return await ServerRunner.RunAsync(options, cancellationToken).ConfigureAwait(false);
        });

        root.Subcommands.Add(BuildGenerateJsonSchema());
        return root;
    }

    private static Command BuildGenerateJsonSchema()
    {
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Directory to write the schema into.", Required = true };
        var experimental = new Option<bool>("--experimental") { Description = "Include experimental methods and fields." };
        var command = new Command("generate-json-schema", "Write the JSON Schema of the protocol this server speaks.") { output, experimental };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(output)!;
            var files = SchemaWriter.Write(directory.FullName, parse.GetValue(experimental));
            Console.Error.WriteLine($"wrote {files} schema files to {directory.FullName}");
            return 0;
        });
        return command;
    }
}
