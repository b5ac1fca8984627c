namespace AppServer.Protocol.Turns;

/// <summary>Result of <c>turn/interrupt</c>: <c>{}</c>.</summary>
public sealed class TurnInterruptResponse
{
}
