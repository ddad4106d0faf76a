using Faultline.Actors;
using Faultline.Evaluation;
using Faultline.Events;

namespace Faultline.Tests;

/// <summary>The WikiEvents reader, KAIROS mapping, gold primary event and scoring, on small invented documents.</summary>
public class WikiEventsEvaluationTests
{
    // Two invented documents in the WikiEvents layout (no dataset rows): a headline without punctuation, a bombing
    // told twice with an attacker and a target, a shooting told once; and a document with no conflict event.
    private const string Jsonl = """
        {"doc_id": "inv_1", "tokens": ["Bomb", "hits", "market", "Police", "said", "a", "bomb", "exploded", "at", "the", "market", "."], "sentences": [[[["Bomb", 0, 4], ["hits", 5, 9], ["market", 10, 16]], "Bomb hits market"], [[["Police", 16, 22]], "Police said a bomb exploded at the market."]], "entity_mentions": [{"id": "inv_1-T1", "text": "market"}, {"id": "inv_1-T2", "text": "Al-Shabaab"}, {"id": "inv_1-T3", "text": "group"}], "event_mentions": [{"id": "E1", "event_type": "Conflict.Attack.Unspecified", "trigger": {"start": 1, "end": 2, "text": "hits", "sent_idx": 0}, "arguments": []}, {"id": "E2", "event_type": "Conflict.Attack.DetonateExplode", "trigger": {"start": 7, "end": 8, "text": "exploded", "sent_idx": 1}, "arguments": [{"entity_id": "inv_1-T1", "role": "Target", "text": "market"}, {"entity_id": "inv_1-T3", "role": "Attacker", "text": "group"}]}, {"id": "E3", "event_type": "Conflict.Attack.DetonateExplode", "trigger": {"start": 0, "end": 1, "text": "Bomb", "sent_idx": 0}, "arguments": []}]}
        {"doc_id": "inv_2", "tokens": ["Cases", "of", "fever", "rose", "."], "event_mentions": [{"id": "E1", "event_type": "Disaster.DiseaseOutbreak.Unspecified", "trigger": {"start": 0, "end": 1, "text": "Cases", "sent_idx": 0}, "arguments": []}]}
        """;

    private const string Coref = """
        {"doc_key": "inv_1", "clusters": [["inv_1-T3", "inv_1-T2"]]}
        """;

    [Fact]
    public void Reader_keeps_sentence_text_ends_a_headline_line_and_reads_coreference()
    {
        var docs = WikiEventsReader.Read(new StringReader(Jsonl), new StringReader(Coref)).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal("Bomb hits market\nPolice said a bomb exploded at the market.", docs[0].Text);
        Assert.Equal("Cases of fever rose.", docs[1].Text);
        var attacker = docs[0].Events[1].Arguments.Single(a => a.Role == "Attacker");
        Assert.Equal("group", attacker.Text);
        Assert.Equal(["Al-Shabaab"], attacker.Coreferent);
        Assert.Null(docs[0].ToDocument().Published);
    }

    [Fact]
    public void Detokenise_glues_punctuation_clitics_hyphens_and_quotes()
    {
        Assert.Equal("Russia’s foray into Deir ez-Zor (east), \"he said\".",
            WikiEventsReader.Detokenise(["Russia", "’", "s", "foray", "into", "Deir", "ez", "-", "Zor", "(", "east", ")", ",", "\"", "he", "said", "\"", "."]));
    }

    [Fact]
    public void Gold_primary_is_the_most_mentioned_conflict_type_with_its_arguments()
    {
        var docs = WikiEventsReader.Read(new StringReader(Jsonl), new StringReader(Coref)).ToList();
        var g = WikiGoldPrimary.Of(docs[0]);
        Assert.Equal("Conflict.Attack.DetonateExplode", g.Type);
        Assert.Equal(2, g.Mentions);
        Assert.Equal("group", g.Attackers.Single().Text);
        Assert.Equal("market", g.Targets.Single().Text);
        Assert.Null(WikiGoldPrimary.Of(docs[1]).Type);
    }

    [Fact]
    public void Kairos_types_map_to_acled_sub_types()
    {
        Assert.Contains(EventTaxonomy.RemoteExplosive, KairosMapping.AcledSubTypes("Conflict.Attack.DetonateExplode"));
        Assert.Contains(EventTaxonomy.SuicideBomb, KairosMapping.AcledSubTypes("Conflict.Attack.DetonateExplode"));
        Assert.DoesNotContain(EventTaxonomy.Attack, KairosMapping.AcledSubTypes("Conflict.Attack.DetonateExplode"));
        Assert.Contains(EventTaxonomy.ArmedClash, KairosMapping.AcledSubTypes("Conflict.Attack.Unspecified"));
        // An attack whose means KAIROS leaves unspecified may have been a bombing: every means of violence is accepted, never a protest or a development.
        Assert.Contains(EventTaxonomy.RemoteExplosive, KairosMapping.AcledSubTypes("Conflict.Attack.Unspecified"));
        Assert.Contains(EventTaxonomy.Grenade, KairosMapping.AcledSubTypes("Conflict.Attack.Unspecified"));
        Assert.DoesNotContain(EventTaxonomy.Arrests, KairosMapping.AcledSubTypes("Conflict.Attack.Unspecified"));
        Assert.DoesNotContain(EventTaxonomy.PeacefulProtest, KairosMapping.AcledSubTypes("Conflict.Attack.Unspecified"));
        Assert.Equal([EventTaxonomy.Protests], KairosMapping.AcledEventTypes("Conflict.Demonstrate.Unspecified"));
        Assert.Empty(KairosMapping.AcledSubTypes("Life.Die.Unspecified"));
    }

    private static CodedEvent Pred(string sub, string? a1, int i1, string? a2 = null, int i2 = 0) => new()
    {
        DocumentId = "d", Role = EventRole.Primary, EventType = EventTaxonomy.EventTypeOf(sub), SubEventType = sub,
        Actor1 = a1, Inter1 = i1, Actor2 = a2, Inter2 = i2,
    };

    [Fact]
    public void Actor_matcher_uses_names_coreference_and_generic_roles()
    {
        var m = new WikiActorMatcher(ActorKnowledgeBase.Default);
        var armed = new WikiActorMatcher.Side("Unidentified Armed Group (Somalia)", 3);
        var civilians = new WikiActorMatcher.Side("Civilians (Somalia)", 7);
        var army = new WikiActorMatcher.Side("Military Forces of Somalia (2012-)", 1);
        Assert.True(m.Matches("gunmen", armed, false));
        Assert.True(m.Matches("bombers", armed, false));
        Assert.False(m.Matches("bombers", civilians, false));
        Assert.True(m.Matches("bakery", civilians, false));
        Assert.True(m.Matches("Camp Shorabak", army, false));
        Assert.False(m.Matches("Camp Shorabak", civilians, false));
        Assert.True(m.Matches("soldiers", army, false));
        // A name matches the same name, and the head word of a longer name.
        Assert.True(m.Matches("Shabaab", new WikiActorMatcher.Side("Al Shabaab", 2), false));
        Assert.False(m.Matches("Shabaab", armed, false));
        // Pronouns name nothing; a coreferent mention can.
        Assert.False(m.Usable(new KairosArgument("Attacker", "they", null, []), false));
        Assert.True(m.Usable(new KairosArgument("Attacker", "they", null, ["Al Shabaab"]), false));
        Assert.True(m.Matches(new KairosArgument("Attacker", "they", null, ["Al Shabaab"]), [new WikiActorMatcher.Side("Al Shabaab", 2)], false));
    }

    [Fact]
    public void Score_counts_type_actors_and_none_by_hand()
    {
        var docs = WikiEventsReader.Read(new StringReader(Jsonl), new StringReader(Coref)).ToList();
        var s = new WikiEventsScore(ActorKnowledgeBase.Default);
        // Doc 1 right: an IED by an armed group against civilians (the market).
        s.Add(docs[0], Pred(EventTaxonomy.RemoteExplosive, "Unidentified Armed Group (Somalia)", 3, "Civilians (Somalia)", 7));
        // Doc 1 again, wrong type (an attack on civilians is no explosion) but right actors.
        s.Add(docs[0], Pred(EventTaxonomy.Attack, "Unidentified Armed Group (Somalia)", 3, "Civilians (Somalia)", 7));
        // Doc 1, right type, target missed (only the state named).
        s.Add(docs[0], Pred(EventTaxonomy.RemoteExplosive, "Unidentified Armed Group (Somalia)", 3, "Military Forces of Somalia (2012-)", 1));
        // Doc 2: no conflict event; finding none is right, finding one is wrong.
        s.Add(docs[1], null);
        s.Add(docs[1], Pred(EventTaxonomy.ArmedClash, "Unidentified Armed Group (Somalia)", 3));
        Assert.Equal(5, s.Documents);
        Assert.Equal(3, s.TypeRight.Hits);
        Assert.Equal(4, s.ActorsRight.Hits);
        Assert.Equal(2, s.DocumentRight.Hits);
        Assert.Equal(1, s.NoneRight.Hits);
        Assert.Equal(2, s.TargetRight.Hits);
        Assert.Equal(40.0, s.Report("t").Figure("document_right"));
    }
}
