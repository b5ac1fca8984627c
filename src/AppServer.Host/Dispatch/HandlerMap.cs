using AppServer.Protocol.Methods;

namespace AppServer.Host.Dispatch;

/// <summary>Binds registry entries (<see cref="MethodDescriptor"/>) to handler delegates.</summary>
public sealed class HandlerMap
{
    private readonly Dictionary<string, Func<object?, RequestContext, Task<object?>>> _handlers = new(StringComparer.Ordinal);

    /// <summary>Binds a method that takes params.</summary>
    public void Add<TParams, TResult>(MethodDescriptor method, Func<TParams, RequestContext, Task<TResult>> handler)
        where TParams : class
    {
        if (method.ParamsType != typeof(TParams) || !method.ResultType.IsAssignableFrom(typeof(TResult)))
        {
            throw new InvalidOperationException(
                $"Handler for {method.Name} is ({typeof(TParams).Name}) -> {typeof(TResult).Name}, " +
                $"registry says ({method.ParamsType?.Name}) -> {method.ResultType.Name}.");
        }

        Bind(method, async (p, ctx) => await handler((TParams)p!, ctx).ConfigureAwait(false));
    }

    /// <summary>Binds a method whose params are optional; the handler receives <c>null</c> when absent.</summary>
    public void AddOptional<TParams, TResult>(MethodDescriptor method, Func<TParams?, RequestContext, Task<TResult>> handler)
        where TParams : class
    {
        if (method.ParamsType != typeof(TParams) || !method.ParamsOptional || !method.ResultType.IsAssignableFrom(typeof(TResult)))
        {
            throw new InvalidOperationException($"Handler for {method.Name} does not match its registry entry.");
        }

        Bind(method, async (p, ctx) => await handler((TParams?)p, ctx).ConfigureAwait(false));
    }

    /// <summary>Binds a method that takes no params.</summary>
    public void Add<TResult>(MethodDescriptor method, Func<RequestContext, Task<TResult>> handler)
    {
        if (method.ParamsType is not null || !method.ResultType.IsAssignableFrom(typeof(TResult)))
        {
            throw new InvalidOperationException($"Handler for {method.Name} does not match its registry entry.");
        }

        Bind(method, async (_, ctx) => await handler(ctx).ConfigureAwait(false));
    }

    /// <summary>Names of the bound methods.</summary>
    public IReadOnlyCollection<string> Methods => _handlers.Keys;

    internal bool TryGet(string method, out Func<object?, RequestContext, Task<object?>> handler)
        => _handlers.TryGetValue(method, out handler!);

    private void Bind(MethodDescriptor method, Func<object?, RequestContext, Task<object?>> handler)
    {
        if (!_handlers.TryAdd(method.Name, handler))
        {
            throw new InvalidOperationException($"{method.Name} is bound twice.");
        }
    }
}
