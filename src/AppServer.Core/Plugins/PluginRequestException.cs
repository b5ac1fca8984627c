namespace AppServer.Core.Plugins;

/// <summary>
/// A plugin or marketplace request that cannot be done as asked (unknown plugin, bad source, broken manifest).
/// The message is the one shown to the client; hosts report it as an invalid request.
/// </summary>
public sealed class PluginRequestException(string message) : Exception(message);
