using System.Text.Json;

namespace AppServer.Protocol.Serialization;

/// <summary>
/// Thrown by a wire converter when a value has the right JSON type but cannot be used (a NUL byte in a
/// path, a lone surrogate); the params reader names the field from the exception's JSON path, so the
/// client sees <c>Invalid request: unexpected NUL byte in `cwd`</c> rather than an I/O error later.
/// </summary>
public sealed class FieldValueException(string problem, string within = "") : JsonException(problem)
{
    /// <summary>What is wrong with the value, without the field name.</summary>
    public string Problem { get; } = problem;

    /// <summary>Where inside the field the value sits (<c>[2]</c>, <c>.key</c>), after the field's own name.</summary>
    public string Within { get; } = within;

    /// <summary>The same problem, one level further out (<paramref name="step"/> is <c>[i]</c> or <c>.key</c>).</summary>
    public FieldValueException Inside(string step) => new(Problem, step + Within);

    /// <summary>The problem for a NUL character: paths and argv cannot carry one to the OS.</summary>
    public const string NulByte = "unexpected NUL byte";
}
