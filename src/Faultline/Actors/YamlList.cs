using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Faultline.Actors;

/// <summary>Reads the data/ YAML files (actors, wars, deployments): a list of entries with snake_case keys.</summary>
internal static class YamlList
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    /// <summary>The entries of a file; a syntax error is reported with the file's name.</summary>
    public static List<T> Read<T>(string file)
    {
        try { return Yaml.Deserialize<List<T>>(File.ReadAllText(file)) ?? []; }
        catch (YamlDotNet.Core.YamlException e) { throw new InvalidDataException($"{file}: {e.Message}", e); }
    }

    /// <summary>A date of these files (ISO, "2015-09-30"), read the same whatever the machine's culture.</summary>
    public static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
