using AppServer.Host.Connections;
using AppServer.Host.Transport;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Methods;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace AppServer.Host.Dispatch;

/// <summary>
/// Serves one request: registry lookup, params binding, the initialize gate, the experimental gate, then
/// the handler; every failure becomes the reference's error object. The order of the checks matches the
/// reference (params are validated before the initialize gate).
/// </summary>
internal sealed class RequestDispatcher
{
    private readonly HandlerMap _handlers = new();
    private readonly Lazy<HandlerMap> _deferred;
    private readonly ILogger<RequestDispatcher> _logger;
    private readonly string _unknownMethodSuffix;

    public RequestDispatcher(IEnumerable<IMethodHandlers> families, ILogger<RequestDispatcher> logger)
        : this([], () => families, logger)
    {
    }

    /// <summary>
    /// Binds <paramref name="eager"/> now and the families of <paramref name="deferred"/> (skipping those already
    /// bound) on the first request no eager family serves, or in the background once <c>initialize</c> is answered:
    /// building every handler and the services behind them is start-up work the first answer need not wait for.
    /// </summary>
    internal RequestDispatcher(IEnumerable<IMethodHandlers> eager, Func<IEnumerable<IMethodHandlers>> deferred, ILogger<RequestDispatcher> logger)
    {
        var bound = new HashSet<IMethodHandlers>(ReferenceEqualityComparer.Instance);
        foreach (var family in eager)
        {
            family.Register(_handlers);
            bound.Add(family);
        }

        _deferred = new Lazy<HandlerMap>(() =>
        {
            var map = new HandlerMap();
            foreach (var family in deferred())
            {
                if (!bound.Contains(family))
                {
                    family.Register(map);
                }
            }

            return map;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        _logger = logger;
        _unknownMethodSuffix = string.Join(", ", ClientMethods.All.Select(m => $"`{m.Name}`"));
    }

    /// <summary>The bound methods (every registry entry should be here; a test checks it).</summary>
    public IReadOnlyCollection<string> BoundMethods => [.. _handlers.Methods, .. _deferred.Value.Methods];

    public async Task<DispatchOutcome?> DispatchAsync(ClientConnection connection, InboundRequest request)
    {
        RequestContext? context = null;
        try
        {
            var (method, parameters) = Bind(request);
            var session = connection.Session;
            if (method == InitializeMethods.Initialize)
            {
                if (session.Initialized)
                {
                    throw new InvalidRequestException("Already initialized");
                }
            }
            else if (!session.Initialized)
            {
                throw new InvalidRequestException("Not initialized");
            }
            else if (!session.ExperimentalApi && (method.Experimental ? method.Name : ExperimentalGate.FindExperimentalUse(parameters)) is { } gated)
            {
                throw new InvalidRequestException(ExperimentalGate.Message(gated));
            }

            if (!_handlers.TryGet(method.Name, out var handler) && !_deferred.Value.TryGet(method.Name, out handler))
            {
                throw new InvalidRequestException($"{method.Name} is not available on this server");
            }

            context = new RequestContext(connection, session);
            var result = await handler(parameters, context).ConfigureAwait(false);
            if (method == InitializeMethods.Initialize && !_deferred.IsValueCreated)
            {
                // Once the answer is queued: on a small machine the binding would otherwise compete with it.
                context.AfterResponse(() => ThreadPool.UnsafeQueueUserWorkItem(static dispatcher => dispatcher.BindDeferred(), this, preferLocal: false));
            }

            return new DispatchOutcome(new JsonRpcResult { RequestId = request.RequestId, Result = result ?? new object() }, context);
        }
        catch (RpcException ex)
        {
            return new DispatchOutcome(Error(request.RequestId, ex.Code, ex.Message, ex.ErrorData), null);
        }
        catch (OperationCanceledException) when (connection.Closed.IsCancellationRequested)
        {
            return null; // the client is gone
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new DispatchOutcome(Error(request.RequestId, ErrorCodes.Internal, ex.Message), null);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Unhandled failure in {Method}", request.Method);
            return new DispatchOutcome(Error(request.RequestId, ErrorCodes.Internal, ex.Message), null);
        }
    }

    private void BindDeferred()
    {
        try
        {
            _ = _deferred.Value;
        }
        catch (Exception ex)
        {
            // Only a head start: the next request binds again and reports the failure itself.
            _logger.LogDebug(ex, "Binding the method handlers failed");
        }
    }

    private (MethodDescriptor Method, object? Params) Bind(InboundRequest request)
    {
        if (!ClientMethods.TryGet(request.Method ?? "", out var method))
        {
            throw ParamsReader.Invalid($"unknown variant `{request.Method}`, expected one of {_unknownMethodSuffix}");
        }

        if (method.ParamsType is null)
        {
            if (request.Params is { } given)
            {
                ParamsReader.ReadUnit(given);
            }

            return (method, null);
        }

        if (request.Params is not { } raw)
        {
            if (method.ParamsOptional)
            {
                return (method, null);
            }

            throw ParamsReader.Invalid(request.HasParams
                ? $"invalid type: null, expected struct {method.ParamsType.Name}"
                : "missing field `params`");
        }

        return (method, ParamsReader.Read(raw, method.ParamsType));
    }

    public static JsonRpcError Error(RequestId id, int code, string message, object? data = null) => new()
    {
        RequestId = id,
        Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = message, Data = data },
    };
}
