using System.Diagnostics.Tracing;
using Faultline.Documents;
using Faultline.Pipeline;

namespace Faultline.Bench;

using static Options;

/// <summary>
/// `-- alloc-types [--corpus acled|news] [--stage annotate|code|all]`: which types the pipeline allocates most, from
/// the runtime's allocation samples (one event about every 100 KB allocated, naming the type that crossed the mark),
/// over two passes after one warm-up pass, one thread. A type's share of samples is about its share of bytes.
/// </summary>
public static class AllocationTypes
{
    public static int Run(string[] args)
    {
        string corpus = Arg(args, "--corpus") ?? "acled";
        string stage = Arg(args, "--stage") ?? "all";
        var docs = corpus == "news" ? Corpora.NewsArticles() : Corpora.AcledNotes();
        var extractor = Extractor.Default;
        var annotated = new List<AnnotatedDocument>();
        foreach (var d in docs) extractor.Extract(d);
        if (stage == "code") foreach (var d in docs) annotated.Add(extractor.Annotate(d));
        var coder = new Faultline.Events.EventCoder(Faultline.Actors.ActorKnowledgeBase.Default, Faultline.Places.Gazetteer.Default);
        using var listener = new Sampler();
        for (int pass = 0; pass < 2; pass++)
        {
            if (stage == "code") foreach (var a in annotated) coder.Code(a);
            else if (stage == "annotate") foreach (var d in docs) extractor.Annotate(d);
            else foreach (var d in docs) extractor.Extract(d);
        }
        var counts = listener.Counts();
        long total = counts.Values.Sum();
        Console.WriteLine($"{total} allocation samples (about 100 KB each), stage {stage}, corpus {corpus}");
        foreach (var (type, n) in counts.OrderByDescending(kv => kv.Value).Take(40))
            Console.WriteLine($"{100.0 * n / total,6:F1}%  {type}");
        return 0;
    }

    private sealed class Sampler : EventListener
    {
        private readonly Dictionary<string, long> _counts = [];

        public Dictionary<string, long> Counts() { lock (_counts) return new(_counts); }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
            int i = e.PayloadNames.IndexOf("TypeName");
            string type = i >= 0 ? e.Payload![i] as string ?? "?" : "?";
            lock (_counts) _counts[type] = _counts.GetValueOrDefault(type) + 1;
        }
    }
}
