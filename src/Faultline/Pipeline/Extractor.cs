using Faultline.Actors;
using Faultline.Documents;
using Faultline.Events;
using Faultline.Places;

namespace Faultline.Pipeline;

/// <summary>The events coded from one document.</summary>
public sealed record DocumentEvents(Document Document, IReadOnlyList<CodedEvent> Events);

/// <summary>
/// The per-document pipeline: annotate (sentences, numbers, dates, places, actors), then code events. Stateless
/// after construction and safe to call from many threads; the gazetteer and knowledge base are shared read-only.
/// </summary>
public sealed class Extractor(Annotator annotator, EventCoder coder)
{
    public static Extractor Create(Gazetteer gazetteer, ActorKnowledgeBase kb) =>
        new(new Annotator(new PlaceFinder(gazetteer), new ActorFinder(kb, adjective => gazetteer.Demonyms.Lookup(adjective).FirstOrDefault()?.Iso3)),
            new EventCoder(kb, gazetteer));

    private static readonly Lazy<Extractor> Shared = new(() =>
    {
        // The two data sets load independently: on two cores, side by side.
        var knowledgeBase = Task.Run(() => ActorKnowledgeBase.Default);
        return Create(Gazetteer.Default, knowledgeBase.GetAwaiter().GetResult());
    });

    /// <summary>An extractor over the shipped data, built once per process.</summary>
    public static Extractor Default => Shared.Value;

    public AnnotatedDocument Annotate(Document document) => annotator.Annotate(document);

    public DocumentEvents Extract(Document document) => new(document, coder.Code(annotator.Annotate(document)));
}
