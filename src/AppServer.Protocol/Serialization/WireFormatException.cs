using System.Text.Json;

namespace AppServer.Protocol.Serialization;

/// <summary>
/// Thrown by a wire converter when a value is malformed; the dispatcher reports its message verbatim
/// after <c>Invalid request: </c> (used where the reference's serde message is not a type mismatch,
/// e.g. <c>AbsolutePathBuf deserialized without a base path</c>).
/// </summary>
public sealed class WireFormatException(string message) : JsonException(message);
