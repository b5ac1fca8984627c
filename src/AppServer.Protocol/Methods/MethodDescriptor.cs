namespace AppServer.Protocol.Methods;

/// <summary>
/// One entry of the method registry: the wire name, the params and result types, and whether the method
/// is experimental. The dispatcher, the experimental gate and the schema generator all read these.
/// </summary>
public sealed record MethodDescriptor
{
    private MethodDescriptor(string name, Type? paramsType, Type resultType, bool paramsOptional, bool experimental)
    {
        Name = name;
        ParamsType = paramsType;
        ResultType = resultType;
        ParamsOptional = paramsOptional;
        Experimental = experimental;
    }

    /// <summary>The JSON-RPC method name, e.g. <c>thread/start</c>.</summary>
    public string Name { get; }

    /// <summary>The params type, or <c>null</c> when the method takes no params.</summary>
    public Type? ParamsType { get; }

    /// <summary>The result type.</summary>
    public Type ResultType { get; }

    /// <summary>True when the <c>params</c> member may be omitted (no params type, or optional params).</summary>
    public bool ParamsOptional { get; }

    /// <summary>True when the method needs <c>capabilities.experimentalApi</c>.</summary>
    public bool Experimental { get; }

    /// <summary>A method whose <c>params</c> member is required.</summary>
    public static MethodDescriptor Create<TParams, TResult>(string name, bool experimental = false)
        => new(name, typeof(TParams), typeof(TResult), paramsOptional: false, experimental);

    /// <summary>A method whose <c>params</c> member may be omitted or null.</summary>
    public static MethodDescriptor CreateOptionalParams<TParams, TResult>(string name, bool experimental = false)
        => new(name, typeof(TParams), typeof(TResult), paramsOptional: true, experimental);

    /// <summary>A method that takes no params (the schema's <c>"params": null</c>).</summary>
    public static MethodDescriptor CreateWithoutParams<TResult>(string name, bool experimental = false)
        => new(name, null, typeof(TResult), paramsOptional: true, experimental);
}
