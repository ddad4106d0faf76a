using Faultline.Numbers;

namespace Faultline.Tests;

public class NumberReaderTests
{
    [Theory]
    [InlineData("5", 5, 5, 5)]
    [InlineData("1,200", 1200, 1200, 1200)]
    [InlineData("twenty-five", 25, 25, 25)]
    [InlineData("a dozen", 12, 12, 12)]
    [InlineData("two dozen", 24, 24, 24)]
    [InlineData("a couple of", 2, 2, 2)]
    [InlineData("nearly five", 4, 5, 5)]
    [InlineData("at least 30", 30, 30, null)]
    [InlineData("more than 20", 21, 21, null)]
    [InlineData("up to 12", 1, 12, 12)]
    [InlineData("between 10 and 15", 10, 10, 15)]
    [InlineData("10 to 15", 10, 10, 15)]
    [InlineData("dozens", 12, 12, null)]
    [InlineData("tens", 10, 10, null)]
    [InlineData("hundreds", 100, 100, null)]
    [InlineData("several", 3, 3, null)]
    [InlineData("one hundred and five", 105, 105, 105)]
    public void Reads_counts_with_hedges_and_ranges(string phrase, int low, int best, int? high)
    {
        var q = NumberReader.Read(phrase);
        Assert.NotNull(q);
        Assert.Equal((low, best, high), (q!.Value.Low, q.Value.Best, q.Value.High));
    }

    [Fact]
    public void Years_and_day_numbers_are_not_counts()
    {
        var found = NumberReader.Find("On 30 August 2022, 3 people died; on August 31 two more.");
        Assert.Equal([3, 2], found.Select(n => n.Value.Best));
    }
}

public class FatalityReaderTests
{
    private static List<FatalityMention> Deaths(string s) =>
        FatalityReader.Find(s, new Text.TextSpan(0, s.Length), NumberReader.Find(s));

    [Theory]
    [InlineData("Nearly five people were killed in clashes.", 5)]
    [InlineData("The attack left 7 dead.", 7)]
    [InlineData("Gunmen opened fire, killing 3 civilians and wounding 5.", 3)]
    [InlineData("The clashes claimed the lives of 3 militia members from X and 2 militia members from Y.", 5)]
    [InlineData("Officials said the death toll had increased to at least 30.", 30)]
    [InlineData("The bodies of 4 men were found.", 4)]
    [InlineData("Gunmen opened fire on a conference, killing 1 person and injuring 2 others.", 1)]
    [InlineData("Shelling hit the market; 12 percent of stalls burned and 2 people died.", 2)]
    [InlineData("One police officer died.", 1)]
    // Issue #7 (numbers): death verbs and count phrases of our own wording.
    [InlineData("On Feb. 14, 6 villagers were killed by gunmen.", 6)]
    [InlineData("Masked men assassinated 2 council members outside their office.", 2)]
    [InlineData("Police shot to death 3 suspects at a checkpoint.", 3)]
    [InlineData("The shelling resulted in the death of \"dozens\" of fighters.", 12)]
    [InlineData("Hospital officials said the fatality count later rose to 9.", 9)]
    [InlineData("Casualties were heavy; the number of the dead was unknown and fatalities were coded as 10.", 10)]
    [InlineData("Fighting raged on; an unknown number of deaths, coded as 10, was reported by both sides.", 10)]
    [InlineData("A guard was killed and 4 others were wounded in the raid.", 1)]
    [InlineData("A farmer and two of his sons were killed when the mine exploded.", 3)]
    [InlineData("Gunmen stormed the house of a judge, killing him.", 1)]
    [InlineData("A drone struck a car near the market, which led to his death.", 1)]
    [InlineData("The teacher was reportedly killed by unknown assailants.", 1)]
    [InlineData("A rocket hit the camp, killing a woman and her daughter.", 2)]
    [InlineData("Unknown gunmen assassinated the mayor of the town on his way home.", 1)]
    [InlineData("Soldiers opened fire and killed 4 and wounded dozens more.", 4)]
    [InlineData("A \"local\" official was shot and killed outside the council building.", 1)]
    [InlineData("Rebel spokesman Ali Hassan was reportedly killed near the front.", 1)]
    [InlineData("The strike hit a bakery, leading to the later death of a child from wounds.", 1)]
    [InlineData("Militants ambushed 3 police officers, killing them on the spot.", 3)]
    [InlineData("A suicide bomber was killed and 2 accomplices were arrested.", 1)]
    [InlineData("A shell hit a house in the village, killing a man and 4 of his children.", 5)]
    [InlineData("Jets bombed the market, killing 12 people, 5 of whom were children.", 12)]
    [InlineData("The blast killed 9 people, including 2 police officers.", 9)]
    [InlineData("A mine struck a patrol truck on the desert road, killing 3 of them.", 3)]
    [InlineData("A local commander and another fighter were killed in the ambush.", 2)]
    // A hedged date is a date; a number naming a unit or road is a name.
    [InlineData("Around 12 March 2021 (week of), three herders were killed near Bor.", 3)]
    [InlineData("About 5 June, two traders were shot dead on the market road.", 2)]
    [InlineData("Colonel Musa Ali, of Brigade 72, was killed in fighting near the border.", 1)]
    [InlineData("A patrol of Regiment 41 came under fire; 2 soldiers were killed.", 2)]
    // People counted together with one victim; a family is no count; companions told as hurt are not dead.
    [InlineData("A shell struck a farm near the town, killing an old man and four boys.", 5)]
    [InlineData("A drone strike on a car killed 3 fighters and a civilian.", 4)]
    [InlineData("5 members of a single household were killed when a shell hit their home.", 5)]
    [InlineData("Shelling of the village killed a family of five.", 5)]
    [InlineData("A girl was killed and her father and brother injured by a mortar round.", 1)]
    [InlineData("A boy was killed and 3 women wounded when the shell landed.", 1)]
    [InlineData("2 soldiers were killed and a civilian was wounded at the checkpoint.", 2)]
    public void Reads_deaths(string sentence, int best)
    {
        var d = Deaths(sentence);
        Assert.Single(d);
        Assert.Equal(best, d[0].Count.Best);
    }

    [Theory]
    [InlineData("Five people were wounded in the blast.")]
    [InlineData("Police arrested 12 protesters.")]
    [InlineData("Around 200 people protested in the square.")]
    // A death the event is about (a protest against a killing), not one it caused.
    [InlineData("Students marched in the capital against the killing of a teacher last month.")]
    [InlineData("Relatives held a vigil for a driver who was killed by police.")]
    [InlineData("A local nurse was among those killed in the raid.")]
    public void Injuries_arrests_and_crowds_are_not_deaths(string sentence) => Assert.Empty(Deaths(sentence));

    [Fact]
    public void Parts_are_summed_once()
    {
        var d = Deaths("The clashes claimed the lives of 3 militia members from X and 2 militia members from Y.");
        Assert.Equal(2, d[0].Parts.Count);
        Assert.Equal(5, d[0].Count.Best);
    }
}
