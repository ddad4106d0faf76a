using System.Text.RegularExpressions;

namespace Faultline.Text;

/// <summary>White space as the readers compare phrases: any run of it is one space.</summary>
public static partial class Spacing
{
    // Source-generated: a static Regex.Replace is interpreted and looked up in the regex cache on every call.
    [GeneratedRegex(@"\s+")]
    private static partial Regex Runs();

    /// <summary>The text with each run of white space (spaces, tabs, line breaks) made one space.</summary>
    public static string Collapse(string s) => Runs().Replace(s, " ");
}
