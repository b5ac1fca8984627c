namespace AppServer.Protocol;

/// <summary>
/// Marks a params property (or a method's params type) as part of the experimental API. A client that
/// did not opt in with <c>capabilities.experimentalApi</c> gets
/// <c>&lt;descriptor&gt; requires experimentalApi capability</c> when it sets the field.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, Inherited = false)]
public sealed class ExperimentalApiAttribute(string descriptor) : Attribute
{
    /// <summary>What the error names, e.g. <c>thread/start.dynamicTools</c>.</summary>
    public string Descriptor { get; } = descriptor;
}

/// <summary>
/// Implemented by wire values whose experimental status depends on their content (for example the
/// <c>granular</c> variant of an approval policy).
/// </summary>
public interface IExperimentalValue
{
    /// <summary>The descriptor to report when this value needs the experimental API, else <c>null</c>.</summary>
    string? ExperimentalDescriptor { get; }
}
