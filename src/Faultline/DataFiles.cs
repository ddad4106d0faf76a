namespace Faultline;

/// <summary>
/// Finds the shipped data folder (gazetteer, actor knowledge base). FAULTLINE_DATA overrides; otherwise the copy
/// beside the binaries, else the repository's data/ found by walking up from the current or binary folder.
/// </summary>
public static class DataFiles
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Directory => Root.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Directory, .. parts]);

    private static string Locate()
    {
        var env = Environment.GetEnvironmentVariable("FAULTLINE_DATA");
        if (!string.IsNullOrEmpty(env)) return env;
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (System.IO.Directory.Exists(Path.Combine(candidate, "gazetteer"))) return candidate;
            }
        }
        throw new DirectoryNotFoundException("Faultline's data folder (data/gazetteer, data/actors) was not found; set FAULTLINE_DATA.");
    }
}
