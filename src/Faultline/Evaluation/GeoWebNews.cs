using System.Globalization;
using System.Xml;
using Faultline.Text;

namespace Faultline.Evaluation;

/// <summary>One annotated toponym of a GeoWebNews article: character span, GWN type, coordinates when annotated.</summary>
public sealed record GoldToponym(TextSpan Span, string Name, string Type, bool NonLocational, double? Latitude, double? Longitude)
{
    /// <summary>Gold for scoring: a toponym with coordinates.</summary>
    public bool IsGold => Latitude is not null && Longitude is not null;

    /// <summary>
    /// An annotation of a place name the dataset does not geolocate (demonyms, languages, homonyms, coercions without
    /// coordinates): a prediction on it is neither right nor wrong. The "expression" types ("the church", "citizens")
    /// and Non_Toponym are not place names, so predictions there are false positives.
    /// </summary>
    public bool IsNeutral => !IsGold && Type is not ("Literal_Expression" or "Non_Lit_Expression" or "Non_Toponym");
}

/// <summary>One GeoWebNews article: id, text, annotated toponyms.</summary>
public sealed record GeoArticle(string Id, string Title, string Text, IReadOnlyList<GoldToponym> Toponyms);

/// <summary>
/// Reads GeoWebNews XML (articles/article[@file] with title, text and toponyms/toponym: extractedName, type,
/// nonLocational, start, end, latitude, longitude), one article at a time.
/// </summary>
public static class GeoWebNewsReader
{
    public static IEnumerable<GeoArticle> Read(TextReader input)
    {
        using var xml = XmlReader.Create(input, new XmlReaderSettings { IgnoreComments = true, DtdProcessing = DtdProcessing.Ignore });
        while (xml.ReadToFollowing("article"))
        {
            string id = xml.GetAttribute("file") ?? "";
            using var sub = xml.ReadSubtree();
            yield return ReadArticle(id, sub);
        }
    }

    private static GeoArticle ReadArticle(string id, XmlReader x)
    {
        string title = "", text = "";
        var toponyms = new List<GoldToponym>();
        x.Read(); // <article>
        x.Read();
        while (!x.EOF)
        {
            if (x.NodeType != XmlNodeType.Element) { x.Read(); continue; }
            switch (x.Name)
            {
                case "title": title = x.ReadElementContentAsString(); break;
                case "text": text = x.ReadElementContentAsString(); break;
                case "toponym":
                    using (var t = x.ReadSubtree()) toponyms.Add(ReadToponym(t));
                    x.Read();
                    break;
                default: x.Read(); break;
            }
        }
        return new GeoArticle(id, title, text, toponyms);
    }

    private static GoldToponym ReadToponym(XmlReader x)
    {
        var f = new Dictionary<string, string>(StringComparer.Ordinal);
        x.Read(); // <toponym>
        x.Read();
        while (!x.EOF)
        {
            if (x.NodeType == XmlNodeType.Element) f[x.Name] = x.ReadElementContentAsString();
            else x.Read();
        }
        return new GoldToponym(
            new TextSpan(Int(f, "start"), Int(f, "end")),
            f.GetValueOrDefault("extractedName", ""),
            f.GetValueOrDefault("type", ""),
            f.GetValueOrDefault("nonLocational", "").Equals("Yes", StringComparison.OrdinalIgnoreCase),
            Double(f, "latitude"), Double(f, "longitude"));
    }

    private static int Int(Dictionary<string, string> f, string k) => int.TryParse(f.GetValueOrDefault(k), out int v) ? v : 0;

    private static double? Double(Dictionary<string, string> f, string k) =>
        double.TryParse(f.GetValueOrDefault(k), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : null;
}
