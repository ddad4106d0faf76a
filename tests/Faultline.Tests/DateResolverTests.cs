using Faultline.Time;

namespace Faultline.Tests;

public class DateResolverTests
{
    private static readonly DateOnly Friday = new(2022, 9, 2);

    [Theory]
    [InlineData("on Thursday", "2022-09-01", 1)]
    [InlineData("yesterday", "2022-09-01", 1)]
    [InlineData("On August 30", "2022-08-30", 1)]
    [InlineData("on 30 August", "2022-08-30", 1)]
    [InlineData("on Aug. 30", "2022-08-30", 1)]
    [InlineData("on 30/08/2022", "2022-08-30", 1)]
    [InlineData("two days ago", "2022-08-31", 1)]
    [InlineData("last week", "2022-08-26", 2)]
    [InlineData("in October", "2021-10-01", 3)]
    [InlineData("On 9 May 2020", "2020-05-09", 1)]
    [InlineData("on Friday", "2022-09-02", 1)]
    public void Resolves_against_publication(string phrase, string expected, int precision)
    {
        var t = DateResolver.Find(phrase, Friday);
        Assert.Single(t);
        Assert.Equal(DateOnly.Parse(expected), t[0].Date);
        Assert.Equal(precision, t[0].Precision);
    }

    [Theory]
    [InlineData("The 14 October News website reported clashes.")]
    [InlineData("According to the pro-government July 7 newspaper, troops advanced.")]
    [InlineData("A source told the 30th of June Net that the road was closed.")]
    [InlineData("The army's March 21 military news said strikes hit the base.")]
    public void Dates_that_name_a_news_outlet_are_not_times(string sentence) => Assert.Empty(DateResolver.Find(sentence, Friday));

    [Fact]
    public void Weekday_that_does_not_match_its_date_is_flagged()
    {
        var t = DateResolver.Find("Al-Sadr abruptly resigned on Monday, August 30, amid a deadlock.", Friday).Single();
        Assert.Equal(new DateOnly(2022, 8, 30), t.Date);
        Assert.NotNull(t.Conflict);
        Assert.Contains("2022-08-29", t.Conflict);
    }

    [Fact]
    public void Year_is_inferred_backwards_across_new_year()
    {
        var t = DateResolver.Find("on December 30", new DateOnly(2023, 1, 3)).Single();
        Assert.Equal(new DateOnly(2022, 12, 30), t.Date);
    }

    [Fact]
    public void Date_after_publication_is_flagged()
    {
        var t = DateResolver.Find("on 20 September 2022", Friday).Single();
        Assert.NotNull(t.Conflict);
    }
}
