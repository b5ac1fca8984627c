namespace AppServer.Tests.Plugins;

/// <summary>A scratch folder for plugin tests, deleted on dispose.</summary>
public sealed class PluginTestFolder : IDisposable
{
    public PluginTestFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = System.IO.Path.Combine("/var/tmp", "appserver-plugin-tests", Guid.NewGuid().ToString("N"));

    public string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public string Write(string relative, string text)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
