using Faultline.Evaluation;
using Faultline.Events;
using Faultline.Places;
using Faultline.Text;

namespace Faultline.Tests;

/// <summary>The scorers on small hand-made gold/prediction pairs whose answers are worked out by hand.</summary>
public class EvaluationScoringTests
{
    // Invented rows (no real ACLED data): two places in southern Iraq about 30 km apart.
    private static AcledGoldRow Gold(string id, string type, string? sub = null, int fatalities = 0, string? actor1 = "Militia A",
        string? actor2 = null, int inter1 = 3, int inter2 = 0, string admin1 = "Basrah", double lat = 30.50, double lon = 47.80) => new()
    {
        Id = id, Notes = $"Invented note {id}.", Date = new DateOnly(2022, 9, 1), Type = OldTaxonomy.Map(type, sub),
        Actor1 = actor1, Actor2 = actor2, Inter1 = inter1, Inter2 = inter2, Country = "Iraq", Admin1 = admin1,
        Latitude = lat, Longitude = lon, Fatalities = fatalities,
    };

    private static CodedEvent Pred(string type, string sub, int fatalities = 0, string? actor1 = "Militia A", string? actor2 = null,
        int inter1 = 3, int inter2 = 0, string admin1 = "Basra governorate", double lat = 30.50, double lon = 47.80, int day = 1) => new()
    {
        DocumentId = "d", Role = EventRole.Primary, EventType = type, SubEventType = sub, Date = new DateOnly(2022, 9, day),
        Fatalities = fatalities, Actor1 = actor1, Actor2 = actor2, Inter1 = inter1, Inter2 = inter2,
        Country = "Iraq", Admin1 = admin1, Latitude = lat, Longitude = lon,
    };

    [Fact]
    public void Acled_score_on_four_hand_made_rows()
    {
        var s = new AcledScore();
        // 1: all right; names differ only in spelling; actor pair reversed.
        s.Add(Gold("1", "Battles", "Armed clash", 3, "Asa'ib Ahl al-Haq", "Saraya al-Salam", 3, 3),
              Pred(EventTaxonomy.Battles, EventTaxonomy.ArmedClash, 3, "Saraya al Salam", "Asaib Ahl al-Haq", 3, 3));
        // 2: old "Riots/Protests" accepts Riots; fatalities 10 vs 11 (within 1 and 10%); 20 km away; wrong day.
        s.Add(Gold("2", "Riots/Protests", fatalities: 10, actor1: "Rioters (Iraq)", inter1: 5),
              Pred(EventTaxonomy.Riots, EventTaxonomy.ViolentDemonstration, 11, "Rioters (Iraq)", null, 5, 0, lat: 30.68, lon: 47.80, day: 2));
        // 3: wrong type and sub-type, wrong admin1, ~222 km away, missing actor2.
        s.Add(Gold("3", "Battle-Government regains territory", fatalities: 0, actor1: "Military Forces of Iraq (2003-)", actor2: "Islamic State (Iraq)", inter1: 1, inter2: 2, admin1: "Ninewa"),
              Pred(EventTaxonomy.Explosions, EventTaxonomy.AirStrike, 0, "Military Forces of Iraq", null, 1, 0, admin1: "Kirkuk", lat: 32.50, lon: 47.80));
        // 4: no event found.
        s.Add(Gold("4", "Remote violence", fatalities: 2), null);

        Assert.Equal(4, s.Rows);
        Assert.Equal(25, s.NoEvent.Percent);
        Assert.Equal(50, s.EventType.All.Percent);                 // rows 1, 2
        Assert.Equal(2.0 / 3 * 100, s.EventType.WhenFound.Percent, 6);
        Assert.Equal(1, s.SubEventType.All.Hits);                  // gold sub-type on rows 1 and 3 only
        Assert.Equal(2, s.SubEventType.All.Total);
        Assert.Equal(2, s.Date.All.Hits);                          // rows 1, 3
        Assert.Equal(2, s.Fatalities.All.Hits);                    // rows 1 (3=3), 3 (0=0)
        Assert.Equal(1, s.FatalitiesWhenDeaths.All.Hits);          // gold >= 1: rows 1, 2, 4
        Assert.Equal(3, s.FatalitiesWhenDeaths.All.Total);
        Assert.Equal(3, s.FatalitiesWithin1.All.Hits);             // rows 1, 2, 3
        Assert.Equal(3, s.FatalitiesWithin10Pct.All.Hits);         // 11 vs 10 is within 10%
        Assert.Equal(3, s.Country.All.Hits);
        Assert.Equal(2, s.Admin1.All.Hits);                        // Basra governorate = Basrah
        Assert.Equal(1, s.Within10.All.Hits);                      // row 1 (0 km)
        Assert.Equal(2, s.Within25.All.Hits);                      // row 2 is ~20 km away
        Assert.Equal(2, s.Within161.All.Hits);                     // row 3 is ~222 km away
        Assert.Equal(3, s.Distances.Count);
        Assert.InRange(s.MedianKm!.Value, 19.5, 20.5);             // 0.18 degrees of latitude
        Assert.Equal(2, s.ActorPair.All.Hits);                     // rows 1 and 2 (no actor2 on both sides)
        Assert.Equal(3, s.Actor1.All.Hits);                        // row 3: year bracket ignored
        Assert.Equal(2, s.Inter.All.Hits);                         // rows 1, 2
        Assert.Equal(1, s.EventTypes["Protests or Riots", EventTaxonomy.Riots]);
        Assert.Equal(1, s.EventTypes[EventTaxonomy.Explosions, AcledScore.None]);

        var report = s.Report("t");
        Assert.Equal(4, report.Figure("rows"));
        Assert.Equal(50, report.Figure("event_type"));
        foreach (var key in new[] { "rows", "no_event", "event_type", "sub_event_type", "date", "fatalities", "fatalities_when_deaths", "country",
                     "admin1", "within_25km", "within_161km", "median_km", "actor_pair", "inter" })
            Assert.Contains(report.Figures, f => f.Key == key);
        Assert.Contains(report.Examples.Single(e => e.Field == "event_type").Examples, e => e.Id == "3");
    }

    [Fact]
    public void Pick_prefers_the_primary_event()
    {
        var secondary = Pred(EventTaxonomy.Battles, EventTaxonomy.ArmedClash) with { Role = EventRole.Secondary };
        var primary = Pred(EventTaxonomy.Riots, EventTaxonomy.MobViolence);
        Assert.Same(primary, AcledScore.Pick([secondary, primary]));
        Assert.Same(secondary, AcledScore.Pick([secondary]));
        Assert.Null(AcledScore.Pick([]));
    }

    [Fact]
    public void Distance_between_known_points()
    {
        // One degree of latitude is about 111.2 km; Baghdad-Basra about 450 km.
        Assert.InRange(Geo.DistanceKm(30, 47, 31, 47), 111.0, 111.4);
        Assert.InRange(Geo.DistanceKm(33.34, 44.40, 30.51, 47.78), 440, 460);
    }

    [Fact]
    public void Case_score_on_hand_made_labels()
    {
        var s = new CaseScore();
        CodedEvent Ev(string sub) => Pred(EventTaxonomy.EventTypeOf(sub), sub);
        s.Add(new CaseRow("1", "x", "AIR_STRIKE"), Ev(EventTaxonomy.AirStrike));       // right
        s.Add(new CaseRow("2", "x", "AIR_STRIKE"), Ev(EventTaxonomy.Shelling));        // wrong
        s.Add(new CaseRow("3", "x", "PEACE_PROTEST"), Ev(EventTaxonomy.PeacefulProtest)); // right
        s.Add(new CaseRow("4", "x", "NATURAL_DISASTER"), null);                         // right (none)
        s.Add(new CaseRow("5", "x", "DIPLO"), Ev(EventTaxonomy.Agreement));             // wrong
        s.Add(new CaseRow("6", "x", "NOT_A_CODE"), null);                               // skipped
        Assert.Equal(5, s.Rows);
        Assert.Equal(1, s.UnknownCodes);
        Assert.Equal(60, s.Accuracy.Percent);
        Assert.Equal(50, s.NonConflictNoEvent.Percent);
        // Classes: Air (tp1 fn1: F1 2/3), Shelling (fp1: 0), Peaceful (1), Agreement (fp1: 0) -> mean 5/12.
        Assert.Equal(5.0 / 12, s.MacroF1, 10);
        Assert.Equal(100 * 5.0 / 12, s.Report("t").Figure("macro_f1")!.Value, 6);
    }

    [Fact]
    public void Geo_score_counts_overlaps_neutral_annotations_and_distance()
    {
        const string text = "Iraqi forces entered Mosul and Erbil. The church in Basra was hit.";
        int mosul = text.IndexOf("Mosul"), erbil = text.IndexOf("Erbil"), church = text.IndexOf("church"), basra = text.IndexOf("Basra");
        var article = new GeoArticle("a", "", text,
        [
            new GoldToponym(new TextSpan(0, 5), "Iraqi", "Demonym", false, null, null),
            new GoldToponym(new TextSpan(mosul, mosul + 5), "Mosul", "Literal", false, 36.34, 43.13),
            new GoldToponym(new TextSpan(erbil, erbil + 5), "Erbil", "Literal", false, 36.19, 44.01),
            new GoldToponym(new TextSpan(church, church + 6), "church", "Literal_Expression", false, null, null),
            new GoldToponym(new TextSpan(basra, basra + 5), "Basra", "Literal", false, 30.51, 47.78),
        ]);
        var predicted = new[]
        {
            new PredictedToponym(new TextSpan(0, 5), "Iraqi", 33, 44),                       // neutral (demonym without coordinates)
            new PredictedToponym(new TextSpan(mosul, mosul + 5), "Mosul", 36.34, 43.13),     // right, 0 km
            new PredictedToponym(new TextSpan(basra - 2, basra + 5), "n Basra", 33.34, 44.40), // overlaps Basra, resolved to Baghdad (~450 km)
            new PredictedToponym(new TextSpan(church, church + 6), "church", 0, 0),          // false positive (expression)
            new PredictedToponym(new TextSpan(text.Length - 4, text.Length - 1), "hit", 0, 0), // false positive (not annotated)
        };
        var s = new GeoScore();
        s.Add(article, predicted);
        Assert.Equal(3, s.Gold);
        Assert.Equal(2, s.Recognised);
        Assert.Equal(2, s.TruePositivePredictions);
        Assert.Equal(2, s.FalsePositives);
        Assert.Equal(1, s.Neutral);
        Assert.Equal(0.5, s.Precision);
        Assert.Equal(2.0 / 3, s.Recall, 10);
        Assert.Equal(4.0 / 7, s.F1, 10);
        Assert.Equal(50, s.ResolutionWithin161);
        Assert.Equal(100.0 / 3, s.EndToEnd, 6);
        Assert.InRange(s.MedianKm!.Value, 220, 230);                // median of 0 and ~450
    }
}
