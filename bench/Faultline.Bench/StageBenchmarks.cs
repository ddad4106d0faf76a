using BenchmarkDotNet.Attributes;
using Faultline.Documents;
using Faultline.Places;
using Faultline.Pipeline;
using Faultline.Text;

namespace Faultline.Bench;

/// <summary>Micro-benchmarks of the hot stages on a news-length article and an ACLED note.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private Document _article = null!;
    private Document _note = null!;
    private List<Token> _tokens = null!;
    private PlaceFinder _places = null!;
    private Faultline.Actors.ActorFinder _actors = null!;

    [GlobalSetup]
    public void Setup()
    {
        var news = Corpora.NewsArticles().OrderBy(d => Math.Abs(d.Text.Length - 3000)).First();
        _article = news;
        _note = Corpora.AcledNotes().First();
        _tokens = Tokenizer.Tokenize(_article.Text);
        _places = new PlaceFinder(Gazetteer.Default);
        _actors = new Faultline.Actors.ActorFinder(Faultline.Actors.ActorKnowledgeBase.Default);
        Extractor.Default.Extract(_note);
    }

    [Benchmark] public int Tokenize() => Tokenizer.Tokenize(_article.Text).Count;
    [Benchmark] public int ResolvePlaces3kB() => _places.Find(_article.Text, _tokens).Count;
    [Benchmark] public int Numbers3kB() => Faultline.Numbers.NumberReader.Find(_article.Text).Count;
    [Benchmark] public int Dates3kB() => Faultline.Time.DateResolver.Find(_article.Text, _article.Published).Count;
    [Benchmark] public int Actors3kB() => _actors.Find(_article.Text, _tokens).Count;
    [Benchmark] public int ExtractArticle() => Extractor.Default.Extract(_article).Events.Count;
    [Benchmark] public int ExtractAcledNote() => Extractor.Default.Extract(_note).Events.Count;
}

/// <summary>Cold load of the gazetteer from data/gazetteer.</summary>
[MemoryDiagnoser]
public class GazetteerLoadBenchmark
{
    [Benchmark] public int Load() => Gazetteer.Load(DataFiles.PathOf("gazetteer")).Countries.Count;
}
