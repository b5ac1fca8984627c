using System.Text.Json;
using System.Text.Json.Nodes;

namespace AppServer.Config.Toml;

/// <summary>
/// Reads numbers from a <see cref="JsonValue"/> whatever backs it (a parsed JsonElement, or a long/int/double
/// created in code): <c>JsonValue.GetValue&lt;T&gt;</c> only converts between some of these.
/// </summary>
public static class JsonNumber
{
    /// <summary>The value as an integer, when it is an integer.</summary>
    public static bool TryGetInt64(JsonValue value, out long result)
    {
        if (value.TryGetValue(out result))
        {
            return true;
        }

        if (value.TryGetValue<int>(out var i))
        {
            result = i;
            return true;
        }

        if (value.TryGetValue<JsonElement>(out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out result))
        {
            return true;
        }

        result = 0;
        return false;
    }

    /// <summary>The value as a double (integers converted).</summary>
    public static double GetDouble(JsonValue value)
    {
        if (value.TryGetValue<double>(out var d))
        {
            return d;
        }

        if (TryGetInt64(value, out var l))
        {
            return l;
        }

        if (value.TryGetValue<float>(out var f))
        {
            return f;
        }

        if (value.TryGetValue<decimal>(out var m))
        {
            return (double)m;
        }

        return value.TryGetValue<JsonElement>(out var e) ? e.GetDouble() : 0;
    }
}
