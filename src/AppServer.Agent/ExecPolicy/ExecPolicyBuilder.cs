namespace AppServer.Agent.ExecPolicy;

/// <summary>Collects rules from several files (lowest precedence first) into an <see cref="ExecPolicy"/>.</summary>
internal sealed class ExecPolicyBuilder
{
    private readonly List<PrefixRule> _rules = [];
    private readonly Dictionary<string, List<string>> _hostExecutables = new(StringComparer.Ordinal);

    public void Add(PrefixRule rule) => _rules.Add(rule);

    public void AddHostExecutable(string name, IEnumerable<string> paths)
    {
        if (!_hostExecutables.TryGetValue(name, out var list))
        {
            _hostExecutables[name] = list = [];
        }

        list.AddRange(paths);
    }

    /// <summary>Adds everything <paramref name="other"/> collected, after what is already here.</summary>
    public void Merge(ExecPolicyBuilder other)
    {
        _rules.AddRange(other._rules);
        foreach (var (name, paths) in other._hostExecutables)
        {
            AddHostExecutable(name, paths);
        }
    }

    public ExecPolicy Build() => new(_rules.ToList(), _hostExecutables.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.ToList()));
}
