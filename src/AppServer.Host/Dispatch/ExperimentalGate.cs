using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using AppServer.Protocol;

namespace AppServer.Host.Dispatch;

/// <summary>
/// Finds experimental fields a client set without opting in. Walks the params object once; property
/// lists are cached per type, so the cost is a few reflection reads per request.
/// </summary>
internal static class ExperimentalGate
{
    private static readonly Assembly ProtocolAssembly = typeof(ExperimentalApiAttribute).Assembly;
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string? Descriptor)[]> Properties = new();

    /// <summary>The message the reference sends for a gated method or field.</summary>
    public static string Message(string descriptor) => $"{descriptor} requires experimentalApi capability";

    /// <summary>Returns the descriptor of the first experimental method/field in use, or <c>null</c>.</summary>
    public static string? FindExperimentalUse(object? value, int depth = 0)
    {
        if (value is null || depth > 32)
        {
            return null;
        }

        if (value is IExperimentalValue gated && gated.ExperimentalDescriptor is { } own)
        {
            return own;
        }

        var type = value.GetType();
        if (value is IEnumerable items and not string)
        {
            foreach (var item in items)
            {
                if (item is not null && item.GetType().Assembly == ProtocolAssembly && FindExperimentalUse(item, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (type.Assembly != ProtocolAssembly || !type.IsClass)
        {
            return null;
        }

        if (type.GetCustomAttribute<ExperimentalApiAttribute>() is { } typeAttribute)
        {
            return typeAttribute.Descriptor;
        }

        foreach (var (property, descriptor) in Properties.GetOrAdd(type, Describe))
        {
            var propertyValue = property.GetValue(value);
            if (propertyValue is null || IsDefault(propertyValue))
            {
                continue;
            }

            if (descriptor is not null)
            {
                return descriptor;
            }

            if (FindExperimentalUse(propertyValue, depth + 1) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    private static bool IsDefault(object value)
        => value.GetType().IsValueType && value.Equals(Activator.CreateInstance(value.GetType()));

    private static (PropertyInfo, string?)[] Describe(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (p, p.GetCustomAttribute<ExperimentalApiAttribute>()?.Descriptor))
            .ToArray();
}
