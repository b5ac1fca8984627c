namespace AppServer.Protocol.Serialization;

/// <summary>
/// What serde says a wire type expected when it gets the wrong JSON type, where that is not
/// <c>struct TypeName</c>: e.g. <c>internally tagged enum SandboxPolicyDeserialize</c> or <c>string or map</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum)]
public sealed class SerdeExpectedAttribute(string expected) : Attribute
{
    /// <summary>The end of <c>invalid type: …, expected X</c>.</summary>
    public string Expected { get; } = expected;
}
