using Faultline.Documents;
using Faultline.Evaluation;
using Faultline.Pipeline;
using Faultline.Places;

namespace Faultline.Tests;

/// <summary>
/// Place recognition and resolution with the shipped gazetteer (issue #4): well-known places keep their reading in a
/// story full of another country's towns, provinces name their capital unless "province" follows, and places beyond
/// any one country are recognised but never an event's location. Texts are our own.
/// </summary>
public class PlaceResolutionTests
{
    private static List<PlaceMention> Places(string text) =>
        Extractor.Default.Annotate(new Document("t", text, new DateOnly(2024, 5, 2))).Places.ToList();

    /// <summary>The mention of a name, with or without a leading article ("the Middle East").</summary>
    private static PlaceMention Mention(string text, string name) =>
        Assert.Single(Places(text), p => p.Span.Of(text) == name || p.Span.Of(text) == "the " + name);

    private const string AmericanStory =
        "Officials in Ohio, Texas and Iowa met in Columbus on Monday. Farmers from Springfield, Dayton and Toledo " +
        "said exports to China had fallen by a third since the spring, a loss they could not absorb for long. " +
        "The state's trade envoy is to fly to London next week for talks with British buyers. Washington said talks continue.";

    [Theory]
    [InlineData("China", "CN")]
    [InlineData("London", "GB")]
    public void World_places_keep_their_reading_in_a_story_about_another_country(string name, string country)
    {
        var m = Mention(AmericanStory, name);
        Assert.Equal(country, m.Place.CountryCode);
    }

    [Fact]
    public void Washington_alone_is_the_capital_not_the_state()
    {
        var m = Mention(AmericanStory, "Washington");
        Assert.Equal(PlaceKind.Town, m.Place.Kind);
        Assert.True(Geo.DistanceKm(38.9, -77.04, m.Place.Latitude, m.Place.Longitude) < 25);
    }

    [Fact]
    public void A_state_word_after_the_name_picks_the_unit()
    {
        var m = Mention("Wildfires spread across Washington state on Sunday.", "Washington");
        Assert.Equal(PlaceKind.Admin1, m.Place.Kind);
    }

    [Fact]
    public void A_small_namesake_wins_when_its_state_is_named_beside_it()
    {
        var m = Mention("The fair in London, Ohio drew record crowds, organisers said.", "London");
        Assert.Equal("US", m.Place.CountryCode);
    }

    [Theory]
    [InlineData("Two people were taken ill in the southern English city of Salisbury on Sunday.", "Salisbury", "GB")]
    [InlineData("A bridge collapsed in Salisbury, England, after heavy rain.", "Salisbury", "GB")]
    [InlineData("Turkish forces shelled the Syrian town of Tell Abyad overnight.", "Tell Abyad", "SY")]
    public void A_stated_country_decides(string text, string name, string country)
    {
        Assert.Equal(country, Mention(text, name).Place.CountryCode);
    }

    [Theory]
    [InlineData("Fires burned across Orange County, California, on Friday.", "Orange", "California")]
    [InlineData("Taliban fighters attacked a checkpoint in Nad Ali district of Helmand on Monday.", "Nad Ali", "Helmand")]
    // A describing word may come between ("border district"); the names of a list share its plural unit word.
    [InlineData("Pakistani shells landed in Spin Boldak border district on Sunday.", "Spin Boldak", "Kandahar")]
    [InlineData("Fighting spread to Nahr-e Saraj and Sangin districts on Monday.", "Nahr-e Saraj", "Helmand")]
    public void A_district_or_county_is_found_when_its_unit_word_follows(string text, string name, string admin1)
    {
        var m = Mention(text, name);
        Assert.Equal(PlaceKind.Admin2, m.Place.Kind);
        Assert.Equal(admin1, m.Place.Admin1);
    }

    [Fact]
    public void A_lists_first_name_shares_only_a_plural_unit_word()
    {
        // "Brooks County" is one county; Allen before it is a person, not Allen County.
        const string text = "Allen and Brooks County officials met on Monday.";
        Assert.DoesNotContain(Places(text), p => p.Span.Of(text) == "Allen" && p.Place.Kind == PlaceKind.Admin2);
    }

    [Fact]
    public void A_countys_bare_name_is_no_place()
    {
        // Allen, Thomas and Brooks are counties somewhere; without "County" they are people.
        Assert.DoesNotContain(Places("Coach Allen said Thomas and Brooks played well on Saturday."), p => p.Place.Kind == PlaceKind.Admin2);
    }

    [Fact]
    public void A_country_adjective_inside_an_actors_name_is_still_a_place()
    {
        const string text = "The Syrian army said it had retaken the town.";
        var m = Assert.Single(Places(text), p => p.Span.Of(text).EndsWith("Syrian"));
        Assert.Equal(PlaceUse.Modifier, m.Use);
        Assert.Equal("SY", m.Place.CountryCode);
    }

    [Theory]
    [InlineData("Ministers from Europe and Africa met to discuss migration across the Mediterranean.", "Europe")]
    [InlineData("Ministers from Europe and Africa met to discuss migration across the Mediterranean.", "Mediterranean")]
    [InlineData("Tensions in the Middle East rose again this week.", "Middle East")]
    public void Continents_seas_and_world_regions_are_recognised(string text, string name)
    {
        var m = Mention(text, name);
        Assert.Equal(PlaceKind.Region, m.Place.Kind);
    }

    [Fact]
    public void A_region_is_never_an_events_location_and_lends_no_country()
    {
        const string text = "Gunmen killed three soldiers in the Middle East on Tuesday near Kirkuk, Iraqi officials said.";
        var events = Extractor.Default.Extract(new Document("r", text, new DateOnly(2024, 5, 2))).Events;
        var e = Assert.Single(events);
        Assert.Equal("Iraq", e.Country);
        Assert.NotEqual("Middle East", e.Location);
    }

    [Fact]
    public void A_province_level_event_is_put_at_the_provinces_seat()
    {
        const string text = "Clashes erupted in Nineveh province on Monday between the army and IS militants.";
        var e = Extractor.Default.Extract(new Document("p", text, new DateOnly(2024, 5, 7))).Events.First();
        Assert.Equal(3, e.GeoPrecision);
        // Mosul is the seat of Nineveh governorate.
        Assert.True(Geo.DistanceKm(36.34, 43.13, e.Latitude!.Value, e.Longitude!.Value) < 15, $"{e.Latitude},{e.Longitude}");
    }

    [Fact]
    public void A_missions_country_is_where_it_works()
    {
        // The village is in no gazetteer: the monitoring mission alone says the country.
        const string text = "On 3 March 2021, the OSCE SMM observed a total of 12 explosions involving unknown weapons near Zolotarivka-Pyshchane.";
        var e = Extractor.Default.Extract(new Document("m", text, new DateOnly(2021, 3, 3))).Events.First();
        Assert.Equal("Ukraine", e.Country);
    }

    [Fact]
    public void A_generic_Arabic_head_starts_a_longer_name_not_a_town()
    {
        // "Bab" (gate) is also the Syrian town Al Bab; here it starts the name of a Yemeni front.
        const string text = "Houthi forces shelled positions at Bab Zuhayr (Qaatabah, Ad Dali) on Friday.";
        Assert.DoesNotContain(Places(text), p => p.Place.CountryCode == "SY");
        var e = Extractor.Default.Extract(new Document("b", text, new DateOnly(2021, 3, 6))).Events.First();
        Assert.Equal("Yemen", e.Country);
    }

    [Theory]
    [InlineData("Truckers blocked the Halba highway in both directions on Tuesday.", "Halba", "Akkar")]
    [InlineData("Protesters closed the Zahle roundabout with burning tyres.", "Zahle", "Bekaa")]
    public void A_road_or_roundabout_named_after_a_town_puts_the_event_in_that_town(string text, string name, string admin1)
    {
        var m = Mention(text, name);
        Assert.Equal("LB", m.Place.CountryCode);
        Assert.Equal(admin1, m.Place.Admin1);
    }

    [Fact]
    public void A_village_spelt_another_way_is_found_in_the_reports_country()
    {
        // "Mhambel" is the village Muhambal (Idlib), too small to match by shape anywhere in the world.
        const string text = "Syrian government forces shelled Mhambel in Idlib province on Sunday, local sources said.";
        var m = Mention(text, "Mhambel");
        Assert.Equal("SY", m.Place.CountryCode);
        Assert.Equal("Idleb", m.Place.Admin1);
    }

    [Theory]
    [InlineData("Syrian army units clashed with Islamic State fighters east of Qaryatein on Monday.")]
    [InlineData("Syrian army units said Qaryatein town was quiet after the clashes.")]
    public void A_direction_of_or_a_town_word_puts_a_respelt_village_in_the_reports_country(string text)
    {
        // Al Qaryatayn (Homs), spelt with "ei" for "ay": found by shape only where the text puts it somewhere.
        var m = Mention(text, "Qaryatein");
        Assert.Equal("SY", m.Place.CountryCode);
        Assert.Equal("Homs", m.Place.Admin1);
    }

    [Fact]
    public void A_village_far_from_where_the_reports_actors_work_is_not_a_namesake_abroad()
    {
        // Sokolniki is a Luhansk village the gazetteer lacks; its namesake is a Moscow district. The monitors work in
        // Donetsk and Luhansk only, so the event stays in Ukraine...
        var e = Extractor.Default.Extract(new Document("s", "The OSCE SMM observed 12 explosions near Sokolniki.", new DateOnly(2020, 5, 1))).Events.First();
        Assert.Equal("Ukraine", e.Country);
        // ...while a town near an actor's provinces across a border is kept: Boko Haram raids Cameroon's Far North.
        var k = Extractor.Default.Extract(new Document("k", "Boko Haram fighters attacked Kolofata overnight, killing three villagers.", new DateOnly(2020, 5, 1))).Events.First();
        Assert.Equal("Cameroon", k.Country);
    }

    [Theory]
    [InlineData("Russian warplanes carried out raids on rebel positions on Monday.", "2018-03-01", "Syria")]
    [InlineData("Russian warplanes carried out raids on rebel positions on Monday.", "2010-03-01", "Russia")]
    [InlineData("Israeli soldiers arrested two men at a checkpoint on Tuesday.", "2018-03-01", "Palestine")]
    [InlineData("Turkish warplanes struck positions near the border on Monday.", "2018-03-01", "Syria")]
    [InlineData("IS militants attacked a police checkpoint near Haweeja, killing two policemen.", "2018-04-13", "Iraq")]
    public void Forces_at_work_abroad_place_an_unlocated_event_where_they_fight(string text, string published, string country)
    {
        // data/deployments.yaml: Russia in Syria from September 2015 (not before), Israel in the Palestinian
        // territories, Turkey mostly in northern Syria, the Islamic State's core mostly in Iraq (where Haweeja, a
        // spelling of Al Hawijah, is then found by shape).
        var e = Extractor.Default.Extract(new Document("f", text, DateOnly.Parse(published))).Events.First();
        Assert.Equal(country, e.Country);
    }

    [Fact]
    public void A_village_respelt_is_looked_for_where_the_reports_actors_work()
    {
        // Liubymivka is a village of Dnipropetrovsk; Lyubymivka, of the same shape, one of Luhansk, where the monitors
        // work. Without them nothing says the Luhansk one is meant.
        Assert.Equal("Luhansk", Mention("The OSCE SMM observed 8 explosions near Liubymivka.", "Liubymivka").Place.Admin1);
        Assert.Equal("Dnipropetrovsk", Mention("Farmers said explosions were heard near Liubymivka.", "Liubymivka").Place.Admin1);
    }

    [Theory]
    [InlineData("Regime forces shelled Sayad with no injuries reported.", "Syria")]
    [InlineData("Afghan army soldiers clashed with Taliban fighters in Sayad on Monday.", "Afghanistan")]
    public void A_village_abroad_is_not_where_state_forces_act_at_home(string text, string country)
    {
        // Sayad is a village of Sar-e-Pul (Afghanistan) in the gazetteer; the Syrian army shells a Syrian one.
        var e = Extractor.Default.Extract(new Document("h", text, new DateOnly(2018, 2, 1))).Events.First();
        Assert.Equal(country, e.Country);
    }

    [Fact]
    public void A_village_name_found_in_several_provinces_is_not_guessed()
    {
        // Novoselivka is a village name in several Ukrainian oblasts; nothing here says which...
        const string text = "Ukrainian forces said they came under fire near Novosselivka overnight.";
        Assert.DoesNotContain(Places(text), p => p.Span.Of(text) == "Novosselivka");
        // ...and here the oblast does.
        const string located = "Ukrainian forces in Donetsk region said they came under fire near Novosselivka overnight.";
        Assert.Equal("Donetsk", Mention(located, "Novosselivka").Place.Admin1);
    }

    [Fact]
    public void A_town_opening_a_paragraph_after_a_quote_is_no_speaker()
    {
        const string text = "The army said the push would go on. \"We will finish it,\" the statement said.\n\nDouma is surrounded by government forces.";
        Assert.Equal("SY", Mention(text, "Douma").Place.CountryCode);
    }

    [Fact]
    public void A_lower_case_direction_opens_a_regions_name()
    {
        const string text = "Government forces regained most of the towns in eastern Ghouta on Saturday.";
        var m = Assert.Single(Places(text), p => p.Span.Of(text).EndsWith("Ghouta"));
        Assert.Equal("Rural Damascus", m.Place.Admin1);
    }

    [Fact]
    public void A_village_missing_from_the_named_province_gives_way_to_the_province()
    {
        // The gazetteer knows a Vodyane only in Zaporizhia; the text puts this one in Donetsk.
        const string text = "On 2 June 2021, shelling was reported near Vodyane, Donetsk.";
        var e = Extractor.Default.Extract(new Document("v", text, new DateOnly(2021, 6, 2))).Events.First();
        Assert.Equal("Donetsk", e.Admin1);
    }

    [Fact]
    public void A_namesake_abroad_the_text_puts_in_a_province_anchors_nothing()
    {
        // Lebanon's Sayda (Sidon) is no reading of a town "in the eastern countryside of Dar'a": dropped, it must not
        // take Dar'a itself down as a name foreign to it.
        const string text = "Regime artillery shelled Sayda town in the eastern countryside of Dar'a, wounding two civilians.";
        var e = Extractor.Default.Extract(new Document("s", text, new DateOnly(2018, 3, 2))).Events.First();
        Assert.Equal("Syria", e.Country);
        Assert.Equal("Dar'a", e.Admin1);
    }

    [Theory]
    [InlineData("A mortar round fell on Yalda, wounding a child.", "Syria", "Rural Damascus")]
    [InlineData("Artillery hit Karak town in the Dar'a countryside, damaging houses.", "Syria", "Dar'a")]
    [InlineData("Iraqi troops killed three IS militants in an attack on tunnels in Badush.", "Iraq", "Ninewa")]
    [InlineData("A roadside bomb struck a militia truck west of Nahiyat al Riyad.", "Iraq", "Kirkuk")]
    public void Syrian_and_Iraqi_towns_of_the_sixth_session_resolve(string text, string country, string admin1)
    {
        var e = Extractor.Default.Extract(new Document("t", text, new DateOnly(2018, 3, 2))).Events.First();
        Assert.Equal(country, e.Country);
        Assert.Equal(admin1, e.Admin1);
    }

    [Fact]
    public void Bare_Kurdistan_follows_the_report_not_always_Iran()
    {
        // "Kurdistan" alone is a region across borders: beside an Iraqi town it is Iraq's Kurdistan Region; Iran's
        // province keeps its own towns and its "Province".
        Document D(string t) => new("k", t, new DateOnly(2018, 3, 26));
        Assert.Equal("Iraq", Extractor.Default.Extract(D("Teachers protested over unpaid wages in Halabja, Kurdistan.")).Events.First().Country);
        Assert.Equal("Iran", Extractor.Default.Extract(D("Teachers protested over unpaid wages in Sanandaj, Kurdistan.")).Events.First().Country);
        Assert.Equal("Iran", Extractor.Default.Extract(D("Farmers protested in Kurdistan Province over water shortages.")).Events.First().Country);
    }

    [Theory]
    // A river-side village the gazetteer lacks: "Rio" is no Rio de Janeiro when the parenthesis names Cabo Delgado.
    [InlineData("On 3 May 2020, the army shelled insurgent camps in Rio Lugenda (Mueda, Cabo Delgado).", "Mozambique", "Cabo Delgado")]
    // "Al Bayda" last in the parenthesis is Yemen's province, not Libya's city.
    [InlineData("On 2 May 2020, coalition jets struck a market in Qarn area (Nati, Al Bayda).", "Yemen", "Al Bayda")]
    // A district named with its province in a parenthesis: Indonesia's Tuban is a namesake.
    [InlineData("On 5 May 2020, gunmen took over farmland in Wadi Saleh of Tuban district (Lahij).", "Yemen", "Lahij")]
    // Syria's Hama is a namesake of a hamlet in Abyan.
    [InlineData("On 4 May 2020, Southern Transitional Council fighters shelled Islah positions near Hama (Mudiyah, Abyan).", "Yemen", "Abyan")]
    public void A_parenthesis_of_district_and_province_says_where_the_place_lies(string text, string country, string admin1)
    {
        var e = Extractor.Default.Extract(new Document("p", text, new DateOnly(2020, 5, 10))).Events.First();
        Assert.Equal(country, e.Country);
        Assert.Equal(admin1, e.Admin1);
    }

    [Fact]
    public void The_names_in_a_parenthesis_after_a_located_place_are_located_too()
    {
        // "in Yisbal region": the village is unknown, so its district and province are where the fighting was, not
        // Marib named later as a border.
        const string text = "On 6 May 2020, pro-Hadi forces clashed with Houthi fighters in Yisbal region (As Sawadiyah, Al Bayda) " +
                            "on the front at the border between Marib and Al Bayda governorates.";
        var e = Extractor.Default.Extract(new Document("y", text, new DateOnly(2020, 5, 10))).Events.First();
        Assert.Equal("Al Bayda", e.Admin1);
    }

    [Fact]
    public void A_town_after_a_comma_in_a_parenthesis_of_names_is_no_surname()
    {
        // "(Dhagaxtuur, Cadale)": a village and its district, not a person called Dhagaxtuur Cadale.
        const string text = "On 6 May 2020, Al Shabaab militants ambushed a convoy near Dhagaxtuur village (Dhagaxtuur, Cadale).";
        var e = Extractor.Default.Extract(new Document("c", text, new DateOnly(2020, 5, 10))).Events.First();
        Assert.Equal("Middle Shabelle", e.Admin1);
    }

    [Fact]
    public void Words_in_a_parenthesis_are_no_list_of_names()
    {
        // The parenthesis tells a story, it does not put Aden in Morocco's Rabat.
        var m = Mention("The governor was driving back to Lahij from Aden (on a road known locally as Rabat) when gunmen fired.", "Aden");
        Assert.Equal("YE", m.Place.CountryCode);
    }

    [Fact]
    public void A_country_in_a_parenthesis_only_says_which_country()
    {
        // The village is unknown; "(Yemen)" tells its country, it is not where the shots were fired.
        var m = Mention("Two border guards were shot by snipers in Buqah (Yemen) and near Khubah (Saudi Arabia).", "Yemen");
        Assert.Equal(PlaceUse.Plain, m.Use);
    }

    [Theory]
    [InlineData("On 5 May 2020, Houthi fighters fired mortars at homes in Sanaa Street in the east of Hodeidah city.", "Al Hudaydah")]
    [InlineData("On 5 May 2020, a car bomb exploded in Haifa Street in central Baghdad, killing 3.", "Baghdad")]
    public void A_street_named_after_a_town_lies_in_the_town_the_text_puts_it_in(string text, string admin1)
    {
        var e = Extractor.Default.Extract(new Document("s", text, new DateOnly(2020, 5, 10))).Events.First();
        Assert.Equal(admin1, e.Admin1);
    }

    [Theory]
    // Villages of the Donbas contact line and their Russian spellings (data/gazetteer/landmarks.tsv, aliases.tsv).
    [InlineData("On 3 May 2020, the OSCE SMM recorded 12 explosions near Novozvanivka.", "Ukraine", "Luhansk")]
    [InlineData("On 3 May 2020, the OSCE SMM recorded 4 explosions near Yelenovka.", "Ukraine", "Donetsk")]
    [InlineData("On 6 May 2020, nurses protested outside a hospital in the Desnianskyi district over unpaid wages, Kyiv officials said.", "Ukraine", "Kiev City")]
    // English names of cities whose GeoNames name is the local one.
    [InlineData("On 7 May 2020, dock workers rallied in Patras over unpaid wages.", "Greece", "West Greece")]
    [InlineData("On 3 May 2020, about 20 people protested in Mogilev in support of the protest in Brest.", "Belarus", "Mogilev")]
    public void Places_the_town_list_lacks_are_found(string text, string country, string admin1)
    {
        var e = Extractor.Default.Extract(new Document("g", text, new DateOnly(2020, 5, 10))).Events.First();
        Assert.Equal(country, e.Country);
        Assert.Equal(admin1, e.Admin1);
    }

    [Fact]
    public void Minsk_city_lies_in_the_province_ACLED_calls_Minsk()
    {
        // GeoNames makes the capital a first-level unit of its own; ACLED codes it under Minsk.
        var e = Extractor.Default.Extract(new Document("m", "On 6 May 2020, about 20 people protested near a metro station in Minsk.", new DateOnly(2020, 5, 10))).Events.First();
        Assert.Equal("Minsk", e.Admin1);
    }

    [Fact]
    public void Country_points_are_geographic_centres()
    {
        var us = Gazetteer.Default.CountryByCode("US")!;
        // The geographic centre of the contiguous states is in Kansas, not the population-weighted east.
        Assert.True(Geo.DistanceKm(39.83, -98.58, us.Latitude, us.Longitude) < 50);
    }
}

/// <summary>
/// Provinces an actor is bound to (knowledge base <c>area</c>) decide between same-named villages of its country, and
/// a village whose every reading lies abroad is left out when the report's other places point elsewhere.
/// </summary>
public class PlaceHintTests
{
    private static PlaceMention Mention(string text, string name) =>
        Assert.Single(Extractor.Default.Annotate(new Document("t", text, new DateOnly(2020, 5, 3))).Places, p => p.Span.Of(text) == name);

    [Theory]
    [InlineData("Myrne")]
    [InlineData("Sofiyivka")]
    [InlineData("Terny")]
    public void The_ceasefire_monitors_put_a_common_village_name_in_Donbas(string village)
    {
        string plain = $"On 2 May 2020, farmers protested near {village}.";
        string monitored = $"On 2 May 2020, the OSCE SMM observed 12 explosions near {village}.";
        Assert.DoesNotContain(Mention(plain, village).Place.Admin1, new[] { "Donetsk", "Luhansk" });
        Assert.Contains(Mention(monitored, village).Place.Admin1, new[] { "Donetsk", "Luhansk" });
    }

    [Fact]
    public void Every_actor_area_names_a_province_of_the_country_it_works_in()
    {
        var kb = Faultline.Actors.ActorKnowledgeBase.Default;
        var gazetteer = Gazetteer.Default;
        var withArea = kb.Actors.Where(a => a.Area.Count > 0).ToList();
        Assert.NotEmpty(withArea);
        foreach (var actor in withArea)
        {
            var country = gazetteer.CountryByIso3(actor.WorksIn ?? "");
            Assert.True(country is not null, $"{actor.Id}: area without a country");
            foreach (var province in actor.Area)
                Assert.True(gazetteer.Admin1(country!.Code, province) is not null, $"{actor.Id}: no province '{province}' in {country.Name}");
        }
    }

    [Theory]
    [InlineData("Regime forces shelled the outskirts of Nayrab in Idleb on Friday.", "Nayrab", "Idleb")]
    [InlineData("Gunmen shot dead a civilian in Jurdi in the eastern countryside of Deir-ez-Zor.", "Jurdi", "Deir-ez-Zor")]
    public void A_village_the_text_puts_in_another_province_is_not_its_namesake(string text, string village, string province)
    {
        var places = Extractor.Default.Annotate(new Document("t", text, new DateOnly(2020, 5, 3))).Places;
        Assert.DoesNotContain(places, p => p.Span.Of(text) == village && p.Place.Admin1 != province);
        Assert.Contains(places, p => p.Place.Admin1 == province);
    }

    [Theory]
    [InlineData("Government artillery pounded Khan Shaykhun in Idleb overnight, residents said.", "Khan Shaykhun")]
    [InlineData("Army helicopters dropped barrel bombs on Murak in the northern countryside of Hama.", "Murak")]
    public void A_town_the_text_puts_in_a_province_is_the_events_place_not_the_province(string text, string town)
    {
        var e = AcledScore.Pick(Extractor.Default.Extract(new Document("t", text, new DateOnly(2018, 3, 5))).Events);
        Assert.Equal(town, e?.Location);
    }

    [Theory]
    [InlineData("Army helicopters dropped barrel bombs on the outskirts of Hbit overnight.", "Hbit", "Idleb")]
    [InlineData("Syrian warplanes struck the town of Ziyara in the Ghab plain on Monday.", "Ziyara", "Hama")]
    [InlineData("Security forces raided homes in Saqba and detained three young men.", "Saqba", "Rural Damascus")]
    public void Syrian_villages_and_spellings_the_town_list_lacks_are_found_in_their_province(string text, string name, string province)
    {
        var m = Mention(text, name);
        Assert.Equal("SY", m.Place.CountryCode);
        Assert.Equal(province, m.Place.Admin1);
    }

    [Fact]
    public void A_village_abroad_is_left_out_when_the_other_places_are_all_in_one_country()
    {
        const string text = "Clashes continued in Hama and Homs on Tuesday, a monitoring group said in its daily report. " +
                            "Residents fled as the fighting spread through the night and into the morning. " +
                            "Later, regime forces shelled the village of Salim, causing material damage.";
        var places = Extractor.Default.Annotate(new Document("t", text, new DateOnly(2020, 5, 3))).Places;
        Assert.DoesNotContain(places, p => p.Span.Of(text) == "Salim" && p.Place.CountryCode != "SY");
        Assert.Contains(places, p => p.Span.Of(text) == "Hama" && p.Place.CountryCode == "SY");
    }

    [Theory]
    [InlineData("A Burundian soldier was killed in a clash on the lake shore.", "Burundian", "BI")]
    [InlineData("A man was stabbed by a Palestinian in the town of Kfar Saba on Monday.", "Kfar Saba", "IL")]
    public void A_country_adjective_is_never_respelt_into_a_place(string text, string name, string country)
    {
        // "Burundian" has the consonants of Brandon and "Palestinian" those of Palestine: read as places, the first
        // put a Burundian clash in Canada and the second made Kfar Saba a town abroad to be left out.
        var m = Mention(text, name);
        Assert.Equal(country, m.Place.CountryCode);
    }

    [Fact]
    public void A_district_after_a_possessive_is_not_respelt_with_its_city()
    {
        // Read as one name by consonant shape, "Beirut's Sanayeh" was a town in Germany.
        const string text = "Taxi drivers protested outside the ministry in Beirut's Sanayeh area on Monday.";
        var places = Extractor.Default.Annotate(new Document("t", text, new DateOnly(2020, 5, 3))).Places;
        Assert.All(places, p => Assert.Equal("LB", p.Place.CountryCode));
        Assert.Contains(places, p => p.Span.Of(text) == "Beirut");
    }

    [Theory]
    [InlineData("Teachers gathered in Yasouj on Sunday to protest unpaid salaries.", "Yasouj", "Kohgiluyeh and Buyer Ahmad")]
    [InlineData("A group of people from Kazeroun marched against the new provincial borders.", "Kazeroun", "Fars")]
    public void A_respelt_town_is_found_anywhere_when_its_vowel_shape_decides_it(string text, string name, string province)
    {
        // No country is named, so no country's villages can be searched by consonants: the town's spelling, vowels
        // where they stand, is what finds it among the larger towns of the world.
        var places = Extractor.Default.Annotate(new Document("t", text, new DateOnly(2018, 3, 6))).Places;
        Assert.Contains(places, p => p.Span.Of(text) == name && p.Place.CountryCode == "IR" && p.Place.Admin1 == province);
    }

    [Theory]
    [InlineData("Fish prices fell at the docks of Bangor and Augusta this week as boats stayed in port. " +
                "Dealers blamed fuel costs and a late spring for the poor start. By Friday the first catch of the season had reached Portland.",
                "Portland", "Maine")]
    [InlineData("Rain closed schools in Tacoma and Spokane on Monday, and ferries stopped for the day. " +
                "The storms are the worst the region has seen in a decade, officials said. Forecasters said more storms would reach Washington before the weekend.",
                "Washington", "Washington")]
    public void The_provinces_of_the_other_places_pick_among_namesakes(string text, string name, string province)
    {
        // Portland, Oregon is larger and Washington alone is the capital; the story's other towns say otherwise.
        var m = Mention(text, name);
        Assert.Equal("US", m.Place.CountryCode);
        Assert.Equal(province, m.Place.Admin1);
    }

    [Fact]
    public void A_country_acronym_outranks_a_small_town_spelt_the_same()
    {
        // "the USA" had been read as Usa, a town in Japan, which kept the acronym from naming the country.
        const string text = "The crown prince flew to the USA this week for talks on trade.";
        var places = Extractor.Default.Annotate(new Document("t", text, new DateOnly(2018, 4, 3))).Places;
        Assert.Contains(places, p => p.Place.Kind == PlaceKind.Country && p.Place.CountryCode == "US");
        Assert.DoesNotContain(places, p => p.Place.CountryCode == "JP");
    }

    [Theory]
    [InlineData("Shopkeepers closed the main road in Bar Elias with burning tyres on Tuesday.", "Bar Elias", "Bekaa")]
    [InlineData("Students marched to the town hall in Halba and later gathered in Bebnine.", "Bebnine", "Akkar")]
    [InlineData("The monitors heard 14 explosions near Sokilnyky overnight.", "Sokilnyky", "Luhansk")]
    [InlineData("The monitors heard small-arms fire near Kashtanove overnight.", "Kashtanove", "Donetsk")]
    public void Towns_the_GeoNames_extracts_lack_are_ours_in_landmarks(string text, string name, string province)
    {
        // Lebanese towns and Donbas frontline villages are missing from every GeoNames extract on npm: without our
        // own entries these reports had no place at all.
        var m = Mention(text, name);
        Assert.Equal(province, m.Place.Admin1);
    }

    [Fact]
    public void A_town_we_list_ourselves_outranks_a_small_namesake_abroad()
    {
        // El Mina, Tripoli's port, had been a village Mina in Mexico: our entries counted as buildings, not towns.
        const string text = "Rioters hurled stones at soldiers in el Mina on Wednesday night.";
        var places = Extractor.Default.Annotate(new Document("t", text, new DateOnly(2020, 5, 3))).Places;
        Assert.Contains(places, p => p.Span.Of(text) == "Mina" || p.Span.Of(text) == "el Mina");
        Assert.All(places, p => Assert.Equal("LB", p.Place.CountryCode));
    }

    [Fact]
    public void A_family_name_is_not_the_oil_field_named_after_it()
    {
        const string text = "A brawl broke out between the Al Omar and Al Hassan families in Bab al-Tabbaneh on Monday.";
        var places = Extractor.Default.Annotate(new Document("t", text, new DateOnly(2020, 5, 3))).Places;
        Assert.DoesNotContain(places, p => p.Place.CountryCode == "SY");
        Assert.Contains(places, p => p.Place.CountryCode == "LB");
    }
    [Fact]
    public void A_compass_point_after_a_name_is_no_province_of_its_own()
    {
        // Cameroon has provinces called East and South: "Twic East county" had put a South Sudanese raid there.
        const string text = "Raiders stole cattle in Twic East county of Jonglei, and youths from Tonj South county pursued them.";
        var places = Extractor.Default.Annotate(new Document("t", text, new DateOnly(2020, 5, 3))).Places;
        Assert.DoesNotContain(places, p => p.Place.CountryCode == "CM");
        Assert.Contains(places, p => p.Span.Of(text) == "Jonglei" && p.Place.CountryCode == "SS");
    }
}

/// <summary>
/// Names news use for places the town list lacks or holds under another name: landmarks, common names, state
/// abbreviations, British counties, regions named by one word. Texts are our own.
/// </summary>
public class PlaceNamingTests
{
    private static List<PlaceMention> Places(string text) =>
        Extractor.Default.Annotate(new Document("t", text, new DateOnly(2024, 5, 2))).Places.ToList();

    private static PlaceMention Mention(string text, string name) =>
        Assert.Single(Places(text), p => p.Span.Of(text) == name || p.Span.Of(text) == "the " + name);

    [Fact]
    public void A_county_named_exactly_is_not_respelt_as_another_countrys()
    {
        // By consonants "Morris County" is "Mures County", a Romanian province; New Jersey's county has the name exactly.
        const string text = "Deputies in Morris County, New Jersey, searched the woods near the lake on Sunday for a missing hiker.";
        var places = Places(text);
        Assert.Contains(places, p => p.Place.Kind == PlaceKind.Admin2 && p.Place.Admin2 == "Morris" && p.Place.Admin1 == "New Jersey");
        Assert.DoesNotContain(places, p => p.Place.CountryCode == "RO");
    }

    [Fact]
    public void British_counties_are_named_without_a_unit_word_unless_a_town_bears_the_name()
    {
        // The UK's first level is its four nations, so news name the counties below them bare; a US story's weight
        // made these small American towns ("Hampshire", Illinois; "Surrey", North Dakota) before.
        const string text = "Officials in Washington and Chicago praised the British regiment, which trains in Hampshire and Surrey. " +
                            "Its band will play in Manchester next month.";
        var places = Places(text);
        foreach (var county in new[] { "Hampshire", "Surrey" })
        {
            var m = Assert.Single(places, p => p.Span.Of(text) == county);
            Assert.Equal(("GB", PlaceKind.Admin2), (m.Place.CountryCode, m.Place.Kind));
        }
        Assert.Equal((PlaceKind.Town, "GB"), (Mention(text, "Manchester").Place.Kind, Mention(text, "Manchester").Place.CountryCode));
    }

    [Theory]
    [InlineData("Her flight from Heathrow to Glasgow was delayed by fog for six hours.", "Heathrow", "GB")]
    [InlineData("Bushfires closed national parks across NSW on Friday.", "NSW", "AU")]
    [InlineData("The band's tour ends in Gothenburg, Sweden's second city.", "Gothenburg", "SE")]
    [InlineData("Tech investors on the West Coast of the United States cheered the ruling.", "West Coast", "US")]
    public void Places_news_name_by_their_common_names(string text, string name, string country) =>
        Assert.Equal(country, Mention(text, name).Place.CountryCode);

    [Fact]
    public void The_West_Wing_is_in_Washington()
    {
        // "Wing" alone was a village in England.
        var m = Mention("Aides moved into new offices in the West Wing last week.", "West Wing");
        Assert.Equal((PlaceKind.Landmark, "District of Columbia"), (m.Place.Kind, m.Place.Admin1));
    }

    [Theory]
    [InlineData("Tankers crossed the Gulf under escort after the attacks near Fujairah.", "Gulf", "Persian Gulf")]
    [InlineData("Saudi Arabia has led a large Arab intervention in the war.", "Arab", "Arab world")]
    public void Regions_news_name_by_a_word(string text, string name, string region)
    {
        var m = Mention(text, name);
        Assert.Equal((PlaceKind.Region, region), (m.Place.Kind, m.Place.Name));
    }

    [Fact]
    public void A_street_named_after_a_place_abroad_lies_in_the_story_s_town()
    {
        const string text = "Protesters marched along Haifa Street in Baghdad on Friday. Police in Baghdad closed two bridges.";
        var street = Mention(text, "Haifa");
        Assert.Equal(("IQ", "Baghdad"), (street.Place.CountryCode, street.Place.Name));
    }

    [Fact]
    public void A_province_named_again_and_again_counts_as_one_name()
    {
        // Four mentions of Mississippi are one clue, Frankfort and Kentucky two: Louisville is Kentucky's city, not
        // Mississippi's village (which four mentions made it).
        const string text = "The governor flew in from Frankfort, and fans came from all over Kentucky for the weekend. " +
                            "Mississippi beat Oregon on Friday. Mississippi led all game, and Mississippi fans stormed the court. " +
                            "Mississippi has never won the title. In the other semifinal, played before a sold-out arena on " +
                            "Thursday night, the favourites from Louisville won by nine points.";
        Assert.Equal("Kentucky", Mention(text, "Louisville").Place.Admin1);
    }

    [Theory]
    [InlineData("Shopkeepers staged a sit-in on Al Nour Square in Tripoli on Sunday over the cost of bread.")]
    [InlineData("Taxi drivers gathered at the Nini roundabout in Tripoli to demand fuel at the old price.")]
    [InlineData("Retired teachers gathered outside the Seray in Tripoli, demanding their pensions.")]
    public void A_landmark_we_list_in_a_town_picks_that_town_s_reading(string text)
    {
        // Without the landmark, Libya's capital outranks Lebanon's Tripoli on size alone.
        var town = Assert.Single(Places(text), p => p.Span.Of(text) == "Tripoli");
        Assert.Equal("LB", town.Place.CountryCode);
    }
}
