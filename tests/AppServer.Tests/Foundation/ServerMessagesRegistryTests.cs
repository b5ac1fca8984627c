using System.Reflection;
using AppServer.Host.Connections;
using AppServer.Protocol.Methods;

namespace AppServer.Tests.Foundation;

/// <summary>
/// Every notification and server→client request the server can send is in <see cref="ServerMessages"/>, so the
/// schema generator and the reference-schema tests see it. Sends go through descriptor fields, so the fields of
/// every AppServer assembly are the list of what can be sent.
/// </summary>
public sealed class ServerMessagesRegistryTests
{
    public static TheoryData<string> DeclaredNotifications() => new(Declared().Where(d => d.Descriptor.ResultType is null).Select(d => d.Field));

    public static TheoryData<string> DeclaredRequests() => new(Declared().Where(d => d.Descriptor.ResultType is not null).Select(d => d.Field));

    [Theory]
    [MemberData(nameof(DeclaredNotifications))]
    public void Every_notification_descriptor_is_registered(string field)
    {
        var descriptor = Declared().Single(d => d.Field == field).Descriptor;
        ServerMessages.Notifications.Should().ContainSingle(m => ReferenceEquals(m, descriptor), $"{field} ({descriptor.Name}) can be sent, so the schema must list it");
    }

    [Theory]
    [MemberData(nameof(DeclaredRequests))]
    public void Every_server_request_descriptor_is_registered(string field)
    {
        var descriptor = Declared().Single(d => d.Field == field).Descriptor;
        ServerMessages.Requests.Should().ContainSingle(m => ReferenceEquals(m, descriptor), $"{field} ({descriptor.Name}) can be sent, so the schema must list it");
    }

    [Fact]
    public void Registered_messages_are_declared_fields_with_unique_names()
    {
        var declared = Declared().Select(d => d.Descriptor).ToList();
        ServerMessages.Notifications.Should().OnlyContain(m => declared.Any(d => ReferenceEquals(d, m)) && m.ResultType == null);
        ServerMessages.Requests.Should().OnlyContain(m => declared.Any(d => ReferenceEquals(d, m)) && m.ResultType != null);
        ServerMessages.Notifications.Concat(ServerMessages.Requests).Select(m => m.Name).Should().OnlyHaveUniqueItems();
    }

    /// <summary>Static descriptor fields of every src assembly (found from the host's references).</summary>
    private static IEnumerable<(string Field, MessageDescriptor Descriptor)> Declared()
    {
        var assemblies = new Dictionary<string, Assembly>();
        var pending = new Stack<Assembly>([typeof(ClientConnection).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            if (!assemblies.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("AppServer.", StringComparison.Ordinal)))
            {
                pending.Push(Assembly.Load(reference));
            }
        }

        assemblies.Keys.Should().Contain(["AppServer.Protocol", "AppServer.Core", "AppServer.Agent"]);
        const BindingFlags flags = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        return assemblies.Values
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.ContainsGenericParameters)
            .SelectMany(t => t.GetFields(flags).Where(f => typeof(MessageDescriptor).IsAssignableFrom(f.FieldType)))
            .Select(f => ($"{f.DeclaringType!.FullName}.{f.Name}", (MessageDescriptor)f.GetValue(null)!))
            .OrderBy(d => d.Item1, StringComparer.Ordinal);
    }
}
