namespace AppServer.Protocol.Models;

/// <summary>Params of <c>modelProvider/capabilities/read</c> (none).</summary>
public sealed class ModelProviderCapabilitiesReadParams
{
}
