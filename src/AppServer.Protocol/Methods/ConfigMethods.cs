using AppServer.Protocol.Config;

namespace AppServer.Protocol.Methods;

/// <summary>Reading and writing configuration and requirements.</summary>
public static class ConfigMethods
{
    /// <summary><c>config/read</c>: the effective config, origins and (optionally) layers.</summary>
    public static readonly MethodDescriptor Read = MethodDescriptor.Create<ConfigReadParams, ConfigReadResponse>("config/read");

    /// <summary><c>config/value/write</c>: set or delete one key of the user config.</summary>
    public static readonly MethodDescriptor ValueWrite = MethodDescriptor.Create<ConfigValueWriteParams, ConfigWriteResponse>("config/value/write");

    /// <summary><c>config/batchWrite</c>: several edits, all or nothing.</summary>
    public static readonly MethodDescriptor BatchWrite = MethodDescriptor.Create<ConfigBatchWriteParams, ConfigWriteResponse>("config/batchWrite");

    /// <summary><c>configRequirements/read</c>: the administrator requirements, or null.</summary>
    public static readonly MethodDescriptor RequirementsRead = MethodDescriptor.CreateWithoutParams<ConfigRequirementsReadResponse>("configRequirements/read");

    /// <summary><c>config/mcpServer/reload</c>: re-read MCP server config from disk.</summary>
    public static readonly MethodDescriptor McpServerReload = MethodDescriptor.CreateWithoutParams<McpServerRefreshResponse>("config/mcpServer/reload");

    /// <summary><c>configWarning</c> notification: a config problem the server worked around.</summary>
    public static readonly NotificationDescriptor<ConfigWarningNotification> Warning = new("configWarning");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [Read, ValueWrite, BatchWrite, RequirementsRead, McpServerReload];
}
