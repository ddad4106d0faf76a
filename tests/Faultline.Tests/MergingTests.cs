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

    [Theory]
    [InlineData("Protesters gathered outside the European Union office in Tirana.", "Hundreds of students rallied in Tirana against the EU deal.", false)]
    [InlineData("Demonstrators marched to the Socialist Party headquarters in Tirana.", "Teachers marched in Tirana on Monday.", false)]
    [InlineData("Students protested in Tirana.", "Bus drivers protested in Tirana.", true)]
    public void Participants_are_kinds_of_people_not_words_of_an_organisations_name(string a, string b, bool differ)
    {
        // Whose protest it was: a word inside a capitalised name ("European Union", "Socialist Party") names no crowd.
        Assert.Equal(differ, Participants.Differ(Participants.Of(a), Participants.Of(b)));
    }

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

    private const string SyrianArmy = "Military Forces of Syria (2000-)";

    [Fact]
    public void Neighbouring_towns_each_report_names_stay_apart_though_the_gazetteer_puts_them_within_2_km()
    {
        // Zamalka and Kafr Batna are 1.5 km apart in the gazetteer: each report names its own town, neither the other's.
        var zamalka = R("a", "2024-05-07", "Zamalka", 33.52, 36.36, "Syrian army artillery shelled Zamalka, wounding two civilians.",
            EventTaxonomy.Explosions, EventTaxonomy.Shelling, SyrianArmy, "Civilians (Syria)", admin1: "Rural Damascus");
        var kafrBatna = R("b", "2024-05-07", "Kafr Batna", 33.5117, 36.3727, "Syrian army artillery shelled Kafr Batna, wounding four civilians.",
            EventTaxonomy.Explosions, EventTaxonomy.Shelling, SyrianArmy, "Civilians (Syria)", admin1: "Rural Damascus");
        Assert.Equal("different localities named", MatchScorer.Default.Score(zamalka, kafrBatna).Veto);
        // One town the gazetteer spells two ways at one point is one place: its name in either spelling is shared.
        var mogadishu = R("c", "2024-03-15", "Mogadishu", 2.0371, 45.3438, "A suicide bomber from al-Shabaab attacked a restaurant in Mogadishu.",
            EventTaxonomy.Explosions, EventTaxonomy.SuicideBomb, "Al Shabaab", "Civilians (Somalia)", admin1: "Banadir");
        var muqdisho = R("d", "2024-03-15", "Muqdisho", 2.0371, 45.3438, "An Al Shabaab suicide bomber blew himself up at a restaurant in Muqdisho.",
            EventTaxonomy.Explosions, EventTaxonomy.SuicideBomb, "Al Shabaab", "Civilians (Somalia)", admin1: "Banadir");
        Assert.True(MatchScorer.Default.Matches(mogadishu, muqdisho));
    }

    [Fact]
    public void Localities_read_in_the_area_of_a_group_name_in_a_coded_place_and_not_the_province_after_a_town()
    {
        // "Azov" is also a regiment's name: after "the area of" it is a place.
        var azov = Localities.Of("Ukrainian forces fired mortars at the positions of the militia in the area of Azov, Donetsk.", n => n == "Azov");
        Assert.Single(azov.Names);
        // "Qatra in Idlib": a name the text puts in the place the event was coded to.
        string[] idlib = ["Idlib", "Idleb", "Syria"];
        var qatra = Localities.Of("Regime forces shelled with rockets Qatra in Idlib. No fatalities were reported.", coded: idlib);
        var khwein = Localities.Of("Regime forces shelled with rockets Big Khwein in Idlib. No fatalities were reported.", coded: idlib);
        Assert.True(Localities.Unshared(qatra, khwein));
        Assert.False(Localities.Unshared(qatra, Localities.Of("Regime forces shelled Qatra village in Idlib province.", coded: idlib)));
        // "near Beni in North Kivu": the province says where Beni lies; a report naming only Beni tells the same place.
        var province = Localities.Of("ADF fighters massacred at least 15 villagers near Beni in North Kivu on Thursday night.");
        var town = Localities.Of("ADF rebels killed 18 civilians in an attack on a village near Beni on Thursday.");
        Assert.False(Localities.Unshared(province, town));
    }

    private static Report Protest(string doc, string notes) => R(doc, "2018-03-11", "Tehran", 35.69, 51.42, notes,
        EventTaxonomy.Protests, EventTaxonomy.PeacefulProtest, "Protesters (Iran)", null, admin1: "Tehran");

    [Fact]
    public void Protests_in_one_city_by_groups_with_no_kind_of_people_in_common_stay_apart()
    {
        var students = Protest("a", "Students of Tehran's Polytechnic gathered in the university and protested the arrests of students.");
        var drivers = Protest("b", "Drivers of Tehran's bus company protested in front of the municipality over delays in delivering their houses.");
        Assert.Equal("different participants", MatchScorer.Default.Score(students, drivers).Veto);
        // Words for one kind of people meet; a report naming nobody in particular may be any group's protest.
        var graduates = Protest("c", "Several hundred graduates demonstrated in Tehran, calling for jobs.");
        Assert.True(MatchScorer.Default.Matches(students, graduates));
        Assert.True(MatchScorer.Default.Matches(drivers, Protest("d", "Hundreds of protesters rallied in Tehran on Sunday.")));
    }

    [Fact]
    public void Air_strikes_ground_fire_and_planted_explosives_are_different_events()
    {
        Assert.Equal(TypeCompatibility.Level.None,
            TypeCompatibility.Of(EventTaxonomy.Explosions, EventTaxonomy.AirStrike, EventTaxonomy.Explosions, EventTaxonomy.Shelling));
        Assert.Equal(TypeCompatibility.Level.None,
            TypeCompatibility.Of(EventTaxonomy.Explosions, EventTaxonomy.RemoteExplosive, EventTaxonomy.Explosions, EventTaxonomy.Shelling));
        // A suicide bomb may first be told as a planted one.
        Assert.Equal(TypeCompatibility.Level.SameType,
            TypeCompatibility.Of(EventTaxonomy.Explosions, EventTaxonomy.SuicideBomb, EventTaxonomy.Explosions, EventTaxonomy.RemoteExplosive));
        var bombs = R("a", "2024-05-08", "Kupiansk", 49.71, 37.62, "Russian aircraft dropped guided bombs on Kupiansk.",
            EventTaxonomy.Explosions, EventTaxonomy.AirStrike, "Military Forces of Russia (2000-)", null, admin1: "Kharkiv");
        var shells = R("b", "2024-05-08", "Kupiansk", 49.71, 37.62, "Russian artillery shelled Kupiansk.",
            EventTaxonomy.Explosions, EventTaxonomy.Shelling, "Military Forces of Russia (2000-)", null, admin1: "Kharkiv");
        Assert.Equal("incompatible types", MatchScorer.Default.Score(bombs, shells).Veto);
    }

    [Fact]
    public void In_one_sided_violence_an_attack_and_the_reply_of_its_target_stay_apart()
    {
        const string government = "Military Forces of Yemen (2022-)", houthis = "Military Forces of Yemen (2016-) Supreme Political Council";
        Report Shelling(string doc, string by, string? at, string notes) => R(doc, "2024-05-09", "Hays", 13.93, 43.48, notes,
            EventTaxonomy.Explosions, EventTaxonomy.Shelling, by, at, admin1: "Al Hudaydah");
        var attack = Shelling("a", government, houthis, "Government forces shelled Houthi positions in Hays.");
        var reply = Shelling("b", houthis, government, "Houthi forces fired mortars at government positions in Hays.");
        Assert.Equal("each side attacking the other", MatchScorer.Default.Score(attack, reply).Veto);
        Assert.True(MatchScorer.Default.Matches(attack, Shelling("c", government, houthis, "Yemeni army artillery pounded Houthi positions in Hays.")));
        // A report naming one side only may name the side that was hit as actor 1 (a bomb that hit a patrol).
        Assert.Null(MatchScorer.Default.Score(attack, Shelling("d", houthis, null, "Shells hit Houthi positions in Hays.")).Veto);
    }

    [Fact]
    public void A_common_word_is_no_mention_of_a_name_with_its_consonants()
    {
        // "south" and "town" have the consonants of "Satit" and "Tawin": only a capitalised word (a name) meets a name by shape.
        var named = Localities.Of("Artillery shelled Satit area in the Hama countryside.");
        var unnamed = Localities.Of("Artillery shelled areas in the south of the Hama countryside.");
        Assert.True(Localities.Unshared(named, unnamed));
        Assert.True(Localities.Unshared(Localities.Of("Artillery shelled Tawin town in Hama."), Localities.Of("Artillery shelled a town in Hama.")));
        // Transliterations still meet.
        Assert.False(Localities.Unshared(Localities.Of("Gunmen attacked a checkpoint near Tel Afar."), Localities.Of("Gunmen attacked a post near Tal Afar.")));
    }

    [Fact]
    public void A_final_vowel_makes_another_name_of_the_same_consonants()
    {
        // Arabic's feminine ending: "Samlina" is not "Samlin"; "Raqqa" and "Raqqah" are one name.
        Assert.True(Localities.Unshared(Localities.Of("Helicopters dropped barrel bombs on Samlin village."), Localities.Of("Helicopters dropped barrel bombs on Al-Samlina village.")));
        Assert.False(Localities.Unshared(Localities.Of("Drones struck Raqqa city on Monday."), Localities.Of("Drones struck Raqqah city on Monday.")));
    }

    [Theory]
    [InlineData("Shells hit the village. No casualties were reported.", "no_deaths no_injuries")]
    [InlineData("Shells hit the village. Neither injuries nor fatalities were reported.", "no_deaths no_injuries")]
    [InlineData("Drones struck the camp; no one was hurt.", "no_injuries")]
    [InlineData("Shells hit the village, which led to the injury of three farmers. No fatalities were reported.", "injuries no_deaths")]
    [InlineData("Shells hit the village. No info on casualties.", "")]
    [InlineData("Shells hit the village; it is not known whether anyone was injured.", "")]
    public void Statements_of_harm_are_read_and_not_knowing_is_no_denial(string text, string fields)
    {
        var read = Faultline.Numbers.HarmStatements.Read(text, new Faultline.Text.TextSpan(0, text.Length))
            .Select(h => Faultline.Numbers.HarmStatements.Field(h.Kind)).Distinct().Order();
        Assert.Equal(fields.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(), read);
    }

    [Fact]
    public void A_report_denying_harm_is_another_incident_than_one_telling_it()
    {
        Report Told(string doc, string notes, int deaths, params string[] fields) =>
            Report.Of(R(doc, "2024-03-12", "Kirkuk", 35.47, 44.39, notes, fatalities: deaths).Event with
            {
                Evidence = fields.Select(f => new Faultline.Text.Evidence(f, 0, 1, "x")).ToList(),
            }, Ids);
        var killed = Told("a", "IS attacked a checkpoint in Kirkuk, killing two soldiers.", 2, "fatalities");
        var unharmed = Told("b", "IS attacked a checkpoint in Kirkuk. No casualties were reported.", 0, "no_deaths", "no_injuries");
        var silent = Told("c", "IS attacked a checkpoint in Kirkuk.", 0);
        var wounded = Told("d", "IS attacked a checkpoint in Kirkuk, wounding a soldier. No one was killed.", 0, "injuries", "no_deaths");
        Assert.Equal("harm denied in one, told in the other", MatchScorer.Default.Score(killed, unharmed).Veto);
        Assert.Equal("harm denied in one, told in the other", MatchScorer.Default.Score(unharmed, wounded).Veto);
        Assert.Equal("harm denied in one, told in the other", MatchScorer.Default.Score(killed, wounded).Veto);
        // Saying nothing of harm denies nothing.
        Assert.True(MatchScorer.Default.Matches(killed, silent));
        Assert.True(MatchScorer.Default.Matches(unharmed, silent));
    }

    [Fact]
    public void The_army_fighting_one_named_group_and_the_army_fighting_another_are_two_battles()
    {
        var hts = R("a", "2024-03-12", "Kirkuk", 35.47, 44.39, "Troops clashed with HTS fighters in Kirkuk.", actor1: "HTS: Hayat Tahrir al-Sham");
        var ahrar = R("b", "2024-03-12", "Kirkuk", 35.47, 44.39, "Troops clashed with Ahrar al-Sham fighters in Kirkuk.", actor1: "Ahrar al-Sham");
        var htsAgain = R("c", "2024-03-12", "Kirkuk", 35.47, 44.39, "Hayat Tahrir al-Sham and the army fought in Kirkuk.", actor1: "Hayat Tahrir al-Sham");
        Assert.Equal("other named groups", MatchScorer.Default.Score(hts, ahrar).Veto);
        Assert.True(MatchScorer.Default.Matches(hts, htsAgain));
    }
}
