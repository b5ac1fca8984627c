namespace AppServer.Protocol.Config;

/// <summary><c>-c key=value</c> flags and per-thread config overrides.</summary>
public sealed class SessionFlagsConfigLayerSource : ConfigLayerSource
{
}
