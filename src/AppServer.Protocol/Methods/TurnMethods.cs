using AppServer.Protocol.Turns;

namespace AppServer.Protocol.Methods;

/// <summary>Turns: start, steer, interrupt.</summary>
public static class TurnMethods
{
    /// <summary><c>turn/start</c> (steers when a turn is already running).</summary>
    public static readonly MethodDescriptor Start = MethodDescriptor.Create<TurnStartParams, TurnStartResponse>("turn/start");

    /// <summary><c>turn/steer</c>.</summary>
    public static readonly MethodDescriptor Steer = MethodDescriptor.Create<TurnSteerParams, TurnSteerResponse>("turn/steer");

    /// <summary><c>turn/interrupt</c>.</summary>
    public static readonly MethodDescriptor Interrupt = MethodDescriptor.Create<TurnInterruptParams, TurnInterruptResponse>("turn/interrupt");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [Start, Steer, Interrupt];
}
