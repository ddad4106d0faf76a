namespace Faultline.Bench;

/// <summary>The bench modes' command-line options: "--name value" pairs.</summary>
internal static class Options
{
    /// <summary>The value after <paramref name="name"/>, or null when the option is not given.</summary>
    public static string? Arg(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
