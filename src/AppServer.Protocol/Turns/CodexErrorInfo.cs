using System.Text.Json;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary>
/// Machine-readable error class: either a bare name (<c>"contextWindowExceeded"</c>) or a single-key
/// object carrying an HTTP status (<c>{"httpConnectionFailed":{"httpStatusCode":401}}</c>).
/// </summary>
[JsonConverter(typeof(CodexErrorInfoConverter))]
public sealed record CodexErrorInfo
{
    private CodexErrorInfo(string kind, bool hasStatus, int? httpStatusCode)
    {
        Kind = kind;
        HasHttpStatus = hasStatus;
        HttpStatusCode = httpStatusCode;
    }

    /// <summary>The variant name, e.g. <c>other</c> or <c>responseStreamDisconnected</c>.</summary>
    public string Kind { get; }

    /// <summary>True for the object variants that carry <c>httpStatusCode</c>.</summary>
    public bool HasHttpStatus { get; }

    /// <summary>The upstream HTTP status, when known.</summary>
    public int? HttpStatusCode { get; }

    /// <summary>A bare-name variant.</summary>
    public static CodexErrorInfo Named(string kind) => new(kind, false, null);

    /// <summary>An object variant carrying an optional HTTP status.</summary>
    public static CodexErrorInfo WithStatus(string kind, int? httpStatusCode) => new(kind, true, httpStatusCode);

    /// <summary><c>"other"</c>.</summary>
    public static CodexErrorInfo Other { get; } = Named("other");

    /// <summary><c>"contextWindowExceeded"</c>.</summary>
    public static CodexErrorInfo ContextWindowExceeded { get; } = Named("contextWindowExceeded");

    /// <summary><c>"usageLimitExceeded"</c>.</summary>
    public static CodexErrorInfo UsageLimitExceeded { get; } = Named("usageLimitExceeded");

    /// <summary><c>{"httpConnectionFailed":{"httpStatusCode":n}}</c>.</summary>
    public static CodexErrorInfo HttpConnectionFailed(int? status) => WithStatus("httpConnectionFailed", status);

    /// <summary><c>{"responseStreamConnectionFailed":{"httpStatusCode":n}}</c>.</summary>
    public static CodexErrorInfo ResponseStreamConnectionFailed(int? status) => WithStatus("responseStreamConnectionFailed", status);

    /// <summary><c>{"responseStreamDisconnected":{"httpStatusCode":n}}</c>.</summary>
    public static CodexErrorInfo ResponseStreamDisconnected(int? status) => WithStatus("responseStreamDisconnected", status);

    /// <summary><c>{"responseTooManyFailedAttempts":{"httpStatusCode":n}}</c>.</summary>
    public static CodexErrorInfo ResponseTooManyFailedAttempts(int? status) => WithStatus("responseTooManyFailedAttempts", status);
}
