using System.Collections.Concurrent;
using AppServer.Agent.Approvals;
using AppServer.Agent.Exec;
using AppServer.Agent.ExecPolicy;
using AppServer.Agent.Tools.ApplyPatch;
using AppServer.Core.FileSearch;
using AppServer.Core.Home;
using AppServer.Sandbox.Executors;
using AppServer.Sandbox.Policies;
using AppServer.Core.Threads.Settings;

namespace AppServer.Agent.Tools.Agent;

/// <summary>
/// What the agent tools share: the approval engine, rule loading, the per-thread session approvals
/// (<c>acceptForSession</c>) and each thread's current turn diff.
/// </summary>
/// <param name="home">The Codex home (its rules; protected from writes).</param>
/// <param name="requests">Server-to-client requests (approvals).</param>
/// <param name="engine">Decides what needs approval.</param>
/// <param name="systemConfigDir">The system config folder, whose <c>rules/</c> apply first.</param>
public sealed class AgentToolEnvironment(CodexHome home, ThreadRequestBroker requests, ApprovalEngine engine, string systemConfigDir)
{
    private readonly ConcurrentDictionary<string, ThreadState> _threads = new(StringComparer.Ordinal);

    public ThreadRequestBroker Requests { get; } = requests;

    public ApprovalEngine Engine { get; } = engine;

    public string CodexHome => home.Path;

    /// <summary>Trusted project <c>.codex</c> folders whose rules apply (set by the config integration).</summary>
    public Func<string, IReadOnlyList<string>> TrustedProjectFolders { get; set; } = static _ => [];

    /// <summary>The exec-policy rules for a cwd, read fresh so amendments and edits apply at once.</summary>
    public ExecPolicy.ExecPolicy RulesFor(string cwd) =>
        ExecPolicyLoader.Load(ExecPolicyLoader.ConfigFolders(systemConfigDir, home.Path, TrustedProjectFolders(cwd))).Policy;

    public static ApprovalPolicy PolicyOf(ToolTurnSettings settings) => settings.ApprovalPolicy;

    /// <summary>The sandbox policy of the turn, as the sandbox executors take it.</summary>
    public static SandboxPolicy SandboxOf(ToolTurnSettings settings) => settings.SandboxMode switch
    {
        SandboxModeKind.DangerFullAccess => new DangerFullAccessPolicy(),
        SandboxModeKind.WorkspaceWrite => new WorkspaceWritePolicy(settings.WritableRoots, settings.NetworkAccess, false, false),
        SandboxModeKind.ExternalSandbox => new ExternalSandboxPolicy(settings.NetworkAccess),
        _ => new ReadOnlyPolicy(settings.NetworkAccess),
    };

    /// <summary>
    /// The file-system scope the approval engine reasons about. Roots are real paths (every link resolved) so
    /// that patch targets, resolved the same way, compare correctly; the server's home (login, database, config,
    /// rules) is never writable without approval, as it is read-only inside the sandbox.
    /// </summary>
    public SandboxScope ScopeOf(ToolTurnSettings settings)
    {
        var policy = SandboxOf(settings);
        return policy switch
        {
            DangerFullAccessPolicy => new SandboxScope(SandboxScopeKind.DangerFullAccess, []),
            ExternalSandboxPolicy => new SandboxScope(SandboxScopeKind.External, []),
            WorkspaceWritePolicy => new SandboxScope(SandboxScopeKind.WorkspaceWrite,
                [.. WritableRoots.For(policy, settings.Cwd, Environment.GetEnvironmentVariable("TMPDIR"), DiskFileProbe.Instance)
                    .Select(root => RealPath.Of(root) ?? root).Distinct(StringComparer.Ordinal)])
            {
                IsProtected = path => SandboxHiddenFiles.IsInHome(home.Path, path),
            },
            _ => new SandboxScope(SandboxScopeKind.ReadOnly, []),
        };
    }

    /// <summary>The per-thread state (session approvals, diff of the running turn).</summary>
    public ThreadState Thread(string threadId) => _threads.GetOrAdd(threadId, _ => new ThreadState());

    /// <summary>Per-thread tool state.</summary>
    public sealed class ThreadState
    {
        private readonly Lock _gate = new();
        private readonly HashSet<string> _approvedCommands = new(StringComparer.Ordinal);
        private readonly HashSet<string> _approvedPaths = new(StringComparer.Ordinal);
        private (string TurnId, TurnDiffTracker Tracker)? _diff;

        public bool IsCommandApproved(string command)
        {
            lock (_gate)
            {
                return _approvedCommands.Contains(command);
            }
        }

        public void ApproveCommand(string command)
        {
            lock (_gate)
            {
                _approvedCommands.Add(command);
            }
        }

        public IReadOnlySet<string> ApprovedPaths()
        {
            lock (_gate)
            {
                return _approvedPaths.ToHashSet(StringComparer.Ordinal);
            }
        }

        public void ApprovePaths(IEnumerable<string> paths)
        {
            lock (_gate)
            {
                _approvedPaths.UnionWith(paths);
            }
        }

        /// <summary>The diff tracker of <paramref name="turnId"/> (a new turn starts a new one).</summary>
        public TurnDiffTracker DiffFor(string turnId, string cwd)
        {
            lock (_gate)
            {
                if (_diff is not { } current || current.TurnId != turnId)
                {
                    _diff = (turnId, new TurnDiffTracker(cwd));
                }

                return _diff.Value.Tracker;
            }
        }
    }
}
