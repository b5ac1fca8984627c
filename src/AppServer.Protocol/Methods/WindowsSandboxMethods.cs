using AppServer.Protocol.WindowsSandbox;

namespace AppServer.Protocol.Methods;

/// <summary>Windows sandbox setup. There is no Windows sandbox on Linux: readiness is <c>notConfigured</c> and setup fails.</summary>
public static class WindowsSandboxMethods
{
    /// <summary><c>windowsSandbox/readiness</c>.</summary>
    public static readonly MethodDescriptor Readiness = MethodDescriptor.CreateWithoutParams<WindowsSandboxReadinessResponse>("windowsSandbox/readiness");

    /// <summary><c>windowsSandbox/setupStart</c>.</summary>
    public static readonly MethodDescriptor SetupStart = MethodDescriptor.Create<WindowsSandboxSetupStartParams, WindowsSandboxSetupStartResponse>("windowsSandbox/setupStart");

    /// <summary><c>windowsSandbox/setupCompleted</c>: the outcome of a setup, sent after the <c>setupStart</c> response.</summary>
    public static readonly NotificationDescriptor<WindowsSandboxSetupCompletedNotification> SetupCompleted = new("windowsSandbox/setupCompleted");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [Readiness, SetupStart];
}
