using Faultline.Evaluation;
using Faultline.Events;

namespace Faultline.Tests;

/// <summary>The gold readers on small invented files.</summary>
public class EvaluationReadersTests
{
    [Fact]
    public void Csv_handles_quotes_commas_doubled_quotes_and_line_breaks()
    {
        var csv = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\n3,,last";
        var rows = CsvRecords.Read(new StringReader(csv)).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(["1", "x, y", "say \"hi\""], rows[1]);
        Assert.Equal(["2", "two\nlines", ""], rows[2]);
        Assert.Equal(["3", "", "last"], rows[3]);
    }

    [Fact]
    public void Acled_reader_reads_old_and_current_files()
    {
        const string old = """
            d3mIndex,event_id_cnty,event_date,event_type,actor1,inter1,actor2,inter2,country,admin1,location,latitude,longitude,notes,fatalities
            0,XYZ1,30 April 2018,Remote violence,Army of Somewhere,1,,0,Iraq,Basrah,Town A,30.5,47.8,"Invented: shelling hit Town A, no deaths.",0
            1,XYZ2,29 April 2018,Riots/Protests,Protesters (Iraq),6,,0,Iraq,Basrah,Town A,30.5,47.8,,0
            """;
        var reader = new AcledGoldReader();
        var rows = reader.Read(new StringReader(old)).ToList();
        Assert.Single(rows);
        Assert.Equal(1, reader.Skipped);
        var r = rows[0];
        Assert.Equal("XYZ1", r.Id);
        Assert.Equal(new DateOnly(2018, 4, 30), r.Date);
        Assert.True(r.Type.Accepts(EventTaxonomy.Explosions));
        Assert.Null(r.Type.SubType);
        Assert.Null(r.Actor2);
        Assert.Equal(1, r.Inter1);
        Assert.Equal(30.5, r.Latitude);
        Assert.Equal("Invented: shelling hit Town A, no deaths.", r.Notes);
        var doc = AcledGoldReader.ToDocument(r);
        Assert.Equal(r.Notes, doc.Text);
        Assert.Equal(r.Date, doc.Published);

        const string current = """
            event_id_cnty,event_date,event_type,sub_event_type,actor1,inter1,actor2,inter2,country,admin1,notes,fatalities
            ABC9,9-May-20,Battles,Armed clash,Group A,2,Group B,3,Yemen,Marib,"On 9 May 2020, invented clash.",4
            """;
        var c = new AcledGoldReader().Read(new StringReader(current)).Single();
        Assert.Equal(new DateOnly(2020, 5, 9), c.Date);
        Assert.Equal(EventTaxonomy.ArmedClash, c.Type.SubType);
        Assert.Equal(4, c.Fatalities);
        Assert.Null(c.Latitude);
    }

    [Fact]
    public void Acled_reader_rejects_a_file_without_notes()
    {
        Assert.Throws<InvalidDataException>(() => new AcledGoldReader().Read(new StringReader("a,b\n1,2\n")).ToList());
    }

    [Fact]
    public void Case_reader_reads_tsv()
    {
        var rows = CaseReader.Read(new StringReader("id\tEventSnippet\tSubType\n1\tInvented \"quoted\" snippet\tAIR_STRIKE\n2\tAnother\tDIPLO\n")).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("Invented \"quoted\" snippet", rows[0].Snippet);
        Assert.Equal("DIPLO", rows[1].Code);
    }

    [Fact]
    public void GeoWebNews_reader_reads_articles_text_and_toponyms()
    {
        const string xml = """
            <?xml version="1.0" ?>
            <articles>
              <!-- invented -->
              <article file="7">
                <title>T &amp; U</title>
                <link>http://example.org</link>
                <text>Fighting in Mosul &amp; Erbil; Iraqi forces.</text>
                <toponyms>
                  <toponym>
                    <extractedName>Mosul</extractedName>
                    <normalisedName/>
                    <type>Literal</type>
                    <modifierType/>
                    <nonLocational>No</nonLocational>
                    <start>12</start>
                    <end>17</end>
                    <geonamesID>99</geonamesID>
                    <latitude>36.34</latitude>
                    <longitude>43.13</longitude>
                  </toponym>
                  <toponym>
                    <extractedName>Iraqi</extractedName>
                    <normalisedName/>
                    <type>Demonym</type>
                    <modifierType>Adjective</modifierType>
                    <nonLocational>Yes</nonLocational>
                    <start>27</start>
                    <end>32</end>
                  </toponym>
                </toponyms>
              </article>
              <article file="8"><title>Empty</title><text>Nothing here.</text><toponyms></toponyms></article>
            </articles>
            """;
        var articles = GeoWebNewsReader.Read(new StringReader(xml)).ToList();
        Assert.Equal(2, articles.Count);
        var a = articles[0];
        Assert.Equal("7", a.Id);
        Assert.Equal("T & U", a.Title);
        Assert.Equal("Fighting in Mosul & Erbil; Iraqi forces.", a.Text);
        Assert.Equal(2, a.Toponyms.Count);
        Assert.Equal("Mosul", a.Toponyms[0].Span.Of(a.Text));
        Assert.True(a.Toponyms[0].IsGold);
        Assert.Equal(36.34, a.Toponyms[0].Latitude);
        Assert.Equal("Iraqi", a.Toponyms[1].Span.Of(a.Text));
        Assert.False(a.Toponyms[1].IsGold);
        Assert.True(a.Toponyms[1].IsNeutral);
        Assert.True(a.Toponyms[1].NonLocational);
        Assert.Empty(articles[1].Toponyms);
    }

    [Fact]
    public void Json_report_is_one_object_with_the_figures()
    {
        var report = new EvalReport { Title = "t", Figures = [new("rows", 3), new("event_type", 66.6666), new("median_km", null)], Tables = [] };
        var w = new StringWriter();
        ReportRenderer.Json(report, w);
        using var doc = System.Text.Json.JsonDocument.Parse(w.ToString());
        Assert.Equal(3, doc.RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(66.67, doc.RootElement.GetProperty("event_type").GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, doc.RootElement.GetProperty("median_km").ValueKind);
    }
}
