using AppServer.Config;
using AppServer.Config.Layers;
using AppServer.Protocol.Config;
using CoreLayer = AppServer.Config.Layers.ConfigLayer;

namespace AppServer.Host.Handlers;

/// <summary>Translates config core types into their wire shapes.</summary>
internal static class ConfigWireMapper
{
    public static Protocol.Config.ConfigLayerSource Source(AppServer.Config.Layers.ConfigLayerSource source) => source.Kind switch
    {
        ConfigLayerKind.System => new SystemConfigLayerSource { File = source.File! },
        ConfigLayerKind.User => new UserConfigLayerSource { File = source.File!, Profile = source.Profile },
        ConfigLayerKind.Project => new ProjectConfigLayerSource { DotCodexFolder = source.DotCodexFolder! },
        _ => new SessionFlagsConfigLayerSource(),
    };

    public static ConfigLayerMetadata Metadata(CoreLayer layer) => new() { Name = Source(layer.Source), Version = layer.Version };

    public static ConfigLayerInfo Layer(CoreLayer layer) => new()
    {
        Name = Source(layer.Source),
        Version = layer.Version,
        Config = (System.Text.Json.Nodes.JsonObject)layer.Values.DeepClone(),
        DisabledReason = layer.DisabledReason,
    };

    public static ConfigWarningNotification Warning(ConfigWarning warning) => new()
    {
        Summary = warning.Summary,
        Details = warning.Details,
        Path = warning.Path,
        Range = warning.Line is { } line
            ? new TextRange
            {
                Start = new TextPosition { Line = line, Column = warning.Column ?? 1 },
                End = new TextPosition { Line = line, Column = warning.Column ?? 1 },
            }
            : null,
    };
}
