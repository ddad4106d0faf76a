using Faultline.Actors;
using Faultline.Documents;
using Faultline.Numbers;
using Faultline.Places;
using Faultline.Text;
using Faultline.Time;

namespace Faultline.Pipeline;

/// <summary>
/// A document with the layers the annotators added: sentences, tokens, numbers, death counts, time expressions,
/// places, actors and cited sources, each a span into <see cref="Text"/>. The event stage reads only this.
/// </summary>
public sealed class AnnotatedDocument
{
    public required Document Document { get; init; }
    public string Text => Document.Text;
    public required IReadOnlyList<Sentence> Sentences { get; init; }
    public required IReadOnlyList<Token> Tokens { get; init; }
    public required IReadOnlyList<NumberMention> Numbers { get; init; }
    public required IReadOnlyList<FatalityMention> Fatalities { get; init; }
    public required IReadOnlyList<TimeExpression> Times { get; init; }
    public required IReadOnlyList<PlaceMention> Places { get; init; }
    public required IReadOnlyList<ActorMention> Actors { get; init; }
    public required IReadOnlyList<SourceMention> Sources { get; init; }
    public required IReadOnlyDictionary<string, double> CountryWeights { get; init; }

    private string? _mainCountry;
    private bool _mainCountryKnown;

    /// <summary>The country the report weighs most (<see cref="CountryWeights"/>; the first of equals), if any.</summary>
    public string? MainCountry
    {
        get
        {
            if (!_mainCountryKnown)
            {
                _mainCountry = CountryWeights.Count == 0 ? null : CountryWeights.MaxBy(kv => kv.Value).Key;
                _mainCountryKnown = true;
            }
            return _mainCountry;
        }
    }

    /// <summary>The sentence that holds a span.</summary>
    public Sentence SentenceOf(TextSpan span) => Sentences.First(s => s.Span.Contains(span));
}

/// <summary>A source the report cites ("according to a Euronews report", "citing Iraqi media").</summary>
public sealed record SourceMention(TextSpan Span, string Name);
