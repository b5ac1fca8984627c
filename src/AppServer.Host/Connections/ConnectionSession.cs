using AppServer.Protocol.Initialize;

namespace AppServer.Host.Connections;

/// <summary>What one connection negotiated in <c>initialize</c>.</summary>
public sealed class ConnectionSession
{
    private volatile bool _initialized;
    private IReadOnlySet<string> _optOut = new HashSet<string>();

    /// <summary>True once <c>initialize</c> succeeded.</summary>
    public bool Initialized => _initialized;

    /// <summary>The client's self-description from <c>initialize</c>.</summary>
    public ClientInfo? ClientInfo { get; private set; }

    /// <summary>Whether experimental methods and fields are allowed.</summary>
    public bool ExperimentalApi { get; private set; }

    /// <summary>Notification methods this client does not want, by exact name.</summary>
    public IReadOnlySet<string> OptOutNotificationMethods => _optOut;

    /// <summary>Records the handshake; returns false when it already happened.</summary>
    public bool TryInitialize(ClientInfo clientInfo, InitializeCapabilities? capabilities)
    {
        lock (this)
        {
            if (_initialized)
            {
                return false;
            }

            ClientInfo = clientInfo;
            ExperimentalApi = capabilities?.ExperimentalApi ?? false;
            _optOut = new HashSet<string>(capabilities?.OptOutNotificationMethods ?? [], StringComparer.Ordinal);
            _initialized = true;
            return true;
        }
    }
}
