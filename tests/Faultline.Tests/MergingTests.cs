using Faultline.Events;
using Faultline.Merging;

namespace Faultline.Tests;

/// <summary>The matching rules, the clusterer and the reconciler on hand-made reports (issue #8).</summary>
public class MergingTests
{
    private static readonly ActorIdentity Ids = ActorIdentity.Default;

    private static Report R(string doc, string date, string location, double lat, double lon, string notes,
        string type = EventTaxonomy.Battles, string sub = EventTaxonomy.ArmedClash, string actor1 = "Islamic State",
        string? actor2 = "Military Forces of Iraq (2020-)", int fatalities = 0, int tp = 1, int gp = 1, string admin1 = "Kirkuk",
        EventRole role = EventRole.Primary, int index = 0) =>
        Report.Of(new CodedEvent
        {
            DocumentId = doc, Index = index, Role = role, Date = DateOnly.Parse(date), TimePrecision = tp,
            EventType = type, SubEventType = sub, Actor1 = actor1, Inter1 = 2, Actor2 = actor2, Inter2 = actor2 is null ? 0 : 1,
            Country = "Iraq", Iso3 = "IRQ", Admin1 = admin1, Location = location, Latitude = lat, Longitude = lon, GeoPrecision = gp,
            Fatalities = fatalities, FatalitiesLow = fatalities, FatalitiesHigh = fatalities, Notes = notes, Source = "police",
        }, Ids);

    [Fact]
    public void Localities_named_by_each_report_but_not_the_other_keep_them_apart()
    {
        var a = Localities.Of("On 1 May 2020, forces fired mortars at the positions of the militia in the area of Petrovskoye, Donetsk.");
        var b = Localities.Of("On 1 May 2020, forces fired mortars at the positions of the militia in the area of Elenovka, Donetsk.");
        Assert.Contains(a.Names, n => n.Length == 1);
        Assert.True(Localities.Unshared(a, b));
        var c = Localities.Of("Gunmen attacked a checkpoint near Tel Afar on Monday.");
        var d = Localities.Of("An attack on an army post in Tal Afar killed two soldiers.");
        Assert.False(Localities.Unshared(c, d));
    }

    [Fact]
    public void Same_day_place_and_named_actor_match_and_the_score_is_symmetric()
    {
        var a = R("a", "2024-03-12", "Kirkuk", 35.47, 44.39, "Islamic State fighters attacked an army checkpoint in Kirkuk.", fatalities: 2);
        var b = R("b", "2024-03-12", "Kirkuk", 35.47, 44.39, "Two soldiers died when IS militants stormed a checkpoint in Kirkuk city.", fatalities: 3);
        Assert.True(MatchScorer.Default.Matches(a, b));
        Assert.Equal(MatchScorer.Default.Score(a, b), MatchScorer.Default.Score(b, a));
    }

    [Theory]
    [InlineData("2024-03-13", "Kirkuk", 35.47, 44.39, "different days")]
    [InlineData("2024-03-12", "Tikrit", 34.6, 43.68, "different places")]
    public void Look_alikes_are_vetoed(string date, string location, double lat, double lon, string why)
    {
        var a = R("a", "2024-03-12", "Kirkuk", 35.47, 44.39, "IS attacked a checkpoint in Kirkuk.");
        var b = R("b", date, location, lat, lon, $"IS attacked a checkpoint in {location}.", admin1: location == "Kirkuk" ? "Kirkuk" : "Salah al-Din");
        Assert.Equal(why, MatchScorer.Default.Score(a, b).Veto);
    }

    [Fact]
    public void A_week_precise_date_matches_a_day_inside_its_week_and_an_undated_report_its_publication_day()
    {
        var a = R("a", "2024-03-12", "Kirkuk", 35.47, 44.39, "IS attacked a checkpoint in Kirkuk.");
        var week = R("b", "2024-03-14", "Kirkuk", 35.47, 44.39, "Last week IS attacked a checkpoint in Kirkuk.", tp: 2);
        week = Report.Of(week.Event with { Evidence = [new Faultline.Text.Evidence("event_date", 0, 9, "Last week")] }, Ids);
        Assert.True(MatchScorer.Default.Matches(a, week));
        var undatedSameDay = R("c", "2024-03-12", "Kirkuk", 35.47, 44.39, "IS attacked a checkpoint in Kirkuk.", tp: 2);
        Assert.True(MatchScorer.Default.Matches(a, undatedSameDay));
        var undatedNextDay = R("d", "2024-03-13", "Kirkuk", 35.47, 44.39, "IS attacked a checkpoint in Kirkuk.", tp: 2);
        Assert.Equal("dates too far apart", MatchScorer.Default.Score(a, undatedNextDay).Veto);
    }

    [Fact]
    public void Clustering_does_not_chain_two_villages_through_a_report_placed_between_them()
    {
        // Two places 6 km apart (vetoed as different places); a third report only "near" a town between them matches both.
        var kelly = R("a", "2024-03-12", "Kelly", 35.47, 44.39, "IS fighters clashed with the army, officials said.");
        var zardana = R("b", "2024-03-12", "Zardana", 35.47, 44.46, "IS fighters clashed with the army, officials said.");
        var vague = R("c", "2024-03-12", "Kirkuk", 35.47, 44.425, "IS fighters clashed with the army, officials said.", gp: 2);
        Assert.True(MatchScorer.Default.Matches(vague, kelly));
        Assert.True(MatchScorer.Default.Matches(vague, zardana));
        Assert.Equal("different places", MatchScorer.Default.Score(kelly, zardana).Veto);
        var clusters = Clusterer.Default.Cluster([kelly, zardana, vague], []);
        Assert.Equal(2, clusters.Count);
        Assert.DoesNotContain(clusters, c => c.Contains(kelly) && c.Contains(zardana));
        Assert.Contains(clusters, c => c.Contains(vague) && c.Count == 2);
        // The same reports in another order give the same groups.
        var again = Clusterer.Default.Cluster([vague, zardana, kelly], []);
        Assert.Equal(clusters.Select(c => string.Join(",", c.Select(r => r.Key))), again.Select(c => string.Join(",", c.Select(r => r.Key))));
    }

    [Fact]
    public void With_only_generic_actors_one_locality_named_by_one_report_keeps_them_apart()
    {
        var inTown = R("a", "2024-03-12", "Kirkuk", 35.47, 44.39, "Protesters rallied in the town of Kelly in Kirkuk province.",
            EventTaxonomy.Protests, "Peaceful protest", "Protesters (Iraq)", null);
        var vague = R("b", "2024-03-12", "Kirkuk", 35.47, 44.39, "Protesters rallied in Kirkuk province against the governor.",
            EventTaxonomy.Protests, "Peaceful protest", "Protesters (Iraq)", null);
        Assert.Equal("different localities named", MatchScorer.Default.Score(inTown, vague).Veto);
    }

    [Fact]
    public void User_split_and_merge_decisions_override_the_rules()
    {
        var a = R("a", "2024-03-12", "Kirkuk", 35.47, 44.39, "IS attacked a checkpoint in Kirkuk.");
        var b = R("b", "2024-03-12", "Kirkuk", 35.47, 44.39, "IS stormed a checkpoint in Kirkuk.");
        var c = R("c", "2024-03-20", "Tikrit", 34.6, 43.68, "IS attacked a post in Tikrit.", admin1: "Salah al-Din");
        Assert.Single(Clusterer.Default.Cluster([a, b], []));
        Assert.Equal(2, Clusterer.Default.Cluster([a, b], [UserDecision.Of(DecisionKind.Split, b.Key, a.Key)]).Count);
        Assert.Single(Clusterer.Default.Cluster([a, c], [UserDecision.Of(DecisionKind.Merge, a.Key, c.Key)]));
    }

    [Fact]
    public void Reconciled_fields_take_the_conservative_count_the_most_precise_place_and_record_disagreements()
    {
        var a = R("a", "2024-03-12", "Kirkuk", 35.47, 44.39, "IS attacked a checkpoint in Kirkuk, killing 5.", fatalities: 5, gp: 2);
        var b = R("b", "2024-03-12", "Kirkuk", 35.47, 44.39, "IS attacked a checkpoint in Kirkuk; 3 died.", fatalities: 3, gp: 1);
        var c = R("c", "2024-03-12", "Kirkuk", 35.47, 44.39, "IS attacked a checkpoint in Kirkuk; 8 died.", fatalities: 8, gp: 1);
        var m = Reconciler.Merge([a, b, c]);
        Assert.Equal(3, m.Event.Fatalities);
        Assert.Equal(3, m.Event.FatalitiesLow);
        Assert.Equal(8, m.Event.FatalitiesHigh);
        Assert.Equal(1, m.Event.GeoPrecision);
        Assert.Equal("b", m.Event.DocumentId);
        var deaths = Assert.Single(m.Disagreements, d => d.Field == "fatalities");
        Assert.Equal(3, deaths.Values.Count);
        // Order of the members does not matter.
        Assert.Equal(m.Event, Reconciler.Merge([c, a, b]).Event);
    }
}

