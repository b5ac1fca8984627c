using AppServer.Host.Cli;

return await AppServerCli.Build().Parse(args).InvokeAsync().ConfigureAwait(false);
