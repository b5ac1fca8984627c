namespace AppServer.Config.Writing;

/// <summary>The reference's <c>config_write_error_code</c> values.</summary>
public enum ConfigWriteErrorCode
{
    /// <summary><c>configValidationError</c>: the edit is invalid (bad key, bad value, broken file).</summary>
    ConfigValidationError,

    /// <summary><c>configVersionConflict</c>: <c>expectedVersion</c> does not match the file.</summary>
    ConfigVersionConflict,

    /// <summary><c>configLayerReadonly</c>: the target file is not the user config.</summary>
    ConfigLayerReadonly,
}

/// <summary>A config write that was refused; nothing was written.</summary>
public sealed class ConfigWriteException(ConfigWriteErrorCode code, string message) : Exception(message)
{
    /// <summary>Why it was refused.</summary>
    public ConfigWriteErrorCode Code { get; } = code;

    /// <summary>The wire spelling of <see cref="Code"/> (camelCase).</summary>
    public string WireCode => Code switch
    {
        ConfigWriteErrorCode.ConfigVersionConflict => "configVersionConflict",
        ConfigWriteErrorCode.ConfigLayerReadonly => "configLayerReadonly",
        _ => "configValidationError",
    };
}
