using Faultline.Documents;

namespace Faultline.Tests;

public class ReaderTests
{
    private static List<ReadResult> ReadOne(string name, string content)
    {
        var dir = CliRunner.TempDir();
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return DocumentReader.Read([path], new ReadOptions()).ToList();
    }

    [Fact]
    public void Html_main_text_title_and_meta_date_are_read()
    {
        var html = """
            <!DOCTYPE html><html><head><title>Clashes in Aden</title>
            <meta property="article:published_time" content="2023-05-04T10:00:00Z"></head>
            <body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
            <article><h1>Clashes in Aden</h1>
            <p>Fighting broke out between rival forces in the southern Yemeni city of Aden on Wednesday, residents said, leaving three people dead.</p>
            <p>The clashes lasted several hours before a truce was agreed by local leaders, according to officials in the city.</p>
            </article><footer>Copyright 2023</footer></body></html>
            """;
        var doc = Assert.Single(ReadOne("aden.html", html)).Document!;
        Assert.Equal(new DateOnly(2023, 5, 4), doc.Published);
        Assert.Contains("Fighting broke out", doc.Text);
        Assert.DoesNotContain("Copyright", doc.Text);
    }

    [Fact]
    public void Rss_items_are_documents_with_their_own_dates()
    {
        var rss = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
            <item><title>Protest in Basra</title><link>https://example.org/1</link><description>Hundreds protested in Basra on Sunday.</description><pubDate>Mon, 05 Sep 2022 08:00:00 GMT</pubDate><guid>w-1</guid></item>
            <item><title>Strike in Mosul</title><link>https://example.org/2</link><description>An air strike hit a village near Mosul.</description><pubDate>Tue, 06 Sep 2022 08:00:00 GMT</pubDate><guid>w-2</guid></item>
            </channel></rss>
            """;
        var docs = ReadOne("wire.rss", rss).Select(r => r.Document!).ToList();
        Assert.Equal(["w-1", "w-2"], docs.Select(d => d.Id));
        Assert.Equal(new DateOnly(2022, 9, 6), docs[1].Published);
        Assert.Contains("air strike", docs[1].Text);
    }

    [Fact]
    public void Atom_entries_are_documents()
    {
        var atom = """
            <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title>
            <entry><id>a-1</id><title>Clash</title><updated>2021-02-03T00:00:00Z</updated><summary>Gunmen attacked a police post.</summary></entry></feed>
            """;
        var doc = Assert.Single(ReadOne("feed.atom", atom)).Document!;
        Assert.Equal("a-1", doc.Id);
        Assert.Equal(new DateOnly(2021, 2, 3), doc.Published);
    }

    [Fact]
    public void Jsonl_reads_the_contract_fields_and_names_bad_lines()
    {
        var results = ReadOne("in.jsonl", "{\"id\":\"x\",\"text\":\"A text.\",\"published\":\"2022-09-02T10:00:00Z\",\"title\":\"T\",\"source\":\"S\"}\n{oops}\n{\"id\":\"y\"}\n");
        Assert.Equal("x", results[0].Document!.Id);
        Assert.Equal(new DateOnly(2022, 9, 2), results[0].Document!.Published);
        Assert.EndsWith(":2", results[1].Error!.Origin);
        Assert.Contains("text", results[2].Error!.Message);
    }

    [Fact]
    public void Missing_file_is_an_error_not_a_crash()
    {
        var r = DocumentReader.Read(["/no/such/file.txt"], new ReadOptions()).Single();
        Assert.Contains("no such file", r.Error!.Message);
    }
}
