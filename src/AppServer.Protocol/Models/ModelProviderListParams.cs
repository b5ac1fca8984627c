namespace AppServer.Protocol.Models;

/// <summary>Params of <c>modelProvider/list</c> (none).</summary>
public sealed class ModelProviderListParams
{
}
