using AppServer.Host.Cli;

// No arguments: the default stdio server, without building the command line's parser (start-up time).
if (args.Length == 0)
{
    return await AppServer.Host.Hosting.ServerRunner.RunAsync(AppServerCli.Defaults, CancellationToken.None).ConfigureAwait(false);
}

return await AppServerCli.Build().Parse(args).InvokeAsync().ConfigureAwait(false);
