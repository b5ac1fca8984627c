namespace AppServer.Protocol.Tools;

/// <summary>A command we cannot describe.</summary>
public sealed class UnknownCommandAction : CommandAction
{
}
