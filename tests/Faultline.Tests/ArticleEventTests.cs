using Faultline.Documents;
using Faultline.Evaluation;
using Faultline.Events;
using Faultline.Pipeline;

namespace Faultline.Tests;

/// <summary>
/// Rules that read a whole article rather than one sentence (issue #6): references back to a deed already told, the
/// means an article names a deed by, and which event the article is about. Articles written for these tests.
/// </summary>
public class ArticleEventTests
{
    private static IReadOnlyList<CodedEvent> Code(string text, string published = "2021-06-01") =>
        Extractor.Default.Extract(new Document("t", text, DateOnly.Parse(published))).Events;

    private static bool Violent(CodedEvent e) => e.EventType is EventTaxonomy.Battles or EventTaxonomy.Explosions or EventTaxonomy.ViolenceAgainstCivilians;

    /// <summary>A court story: the deed told once with its date, then recalled as "the attack" in later paragraphs under other dates.</summary>
    private const string CourtStory = """
        Driver Denies Helping Riverside Market Bombers
        A bus driver charged with helping the two brothers accused of carrying out the Riverside market bombing asked a judge on Tuesday to release him on bail. He is not accused of taking part in the March 3, 2021, attack, which killed four people and wounded dozens. The judge ordered him held until trial.
        His lawyer said the driver had met the brothers at a cafe on March 6, 2021, and did not know what they had done. Prosecutors said he had phoned one of the suspected bombers on the night of the attack. A detective told the court there was no record that he had helped plan the attack.
        The trial is set to open in the autumn, the court said.
        """;

    [Fact]
    public void The_attack_recalled_in_a_later_paragraph_is_the_attack_already_told()
    {
        var violent = Code(CourtStory).Where(Violent).ToList();
        var attack = Assert.Single(violent);
        Assert.Equal(new DateOnly(2021, 3, 3), attack.Date);
        Assert.Equal(4, attack.Fatalities);
    }

    [Fact]
    public void An_attack_told_without_its_means_takes_the_means_the_article_names_it_by()
    {
        var primary = AcledScore.Pick(Code(CourtStory));
        Assert.Equal(EventTaxonomy.RemoteExplosive, primary?.SubEventType);
    }

    [Fact]
    public void A_bombing_coded_on_its_own_keeps_the_name_and_the_attack_keeps_its_type()
    {
        const string text = """
            Armed men attacked a wedding party in the village of Kalat on Sunday, killing three guests.
            The bombing of the village school last month killed two teachers.
            """;
        var events = Code(text);
        Assert.Contains(events, e => e.SubEventType == EventTaxonomy.Attack);
    }

    [Fact]
    public void An_article_keeps_its_bombings_apart_from_the_firefight_it_told_first()
    {
        const string text = """
            Officials met for three hours in the capital to discuss the violence in Port Elin. Gunfire was heard across the northern districts. In one street a battle between soldiers and gunmen left a man dead and two wounded. The army said it had hit two of the gunmen. Shops closed early and buses stopped running.
            Then the bombs came. A bomb exploded outside the central bus station in Port Elin, killing four people. Minutes later a second bomb went off in a parked car near the main market. Witnesses said the explosions shook the whole district. A third bomb destroyed the front of a hotel. Rescue workers pulled survivors from the rubble after the bombings.
            """;
        var events = Code(text);
        Assert.Contains(events, e => e.SubEventType == EventTaxonomy.ArmedClash);
        var primary = AcledScore.Pick(events);
        Assert.Equal(EventTaxonomy.RemoteExplosive, primary?.SubEventType);
        Assert.Equal(7, primary?.Inter2);
    }

    [Fact]
    public void A_short_report_keeps_a_bomb_set_off_during_the_fighting_in_the_battle()
    {
        const string text = "Militants clashed with border police near Taftan before dawn on Monday. One policeman and two militants were killed. Two more officers died in an IED explosion during the fighting.";
        Assert.Single(Code(text), Violent);
    }
}
