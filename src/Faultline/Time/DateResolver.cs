using System.Globalization;
using System.Text.RegularExpressions;
using Faultline.Text;

namespace Faultline.Time;

/// <summary>
/// Finds time expressions and resolves them against the publication date: absolute dates ("August 30",
/// "30 August 2022", "30/08/2022", "Aug. 30"), weekdays ("on Thursday", "Monday night"), relative words
/// ("yesterday", "two days ago", "last week", "earlier this month", "in October"). A year left out is the one
/// that puts the date on or before publication.
/// </summary>
public static partial class DateResolver
{
    private const string Month = @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    private const string Weekday = @"(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private const string DayPart = @"(?:\s+(?:night|morning|evening|afternoon|overnight))?";
    /// <summary>Dates that are names ("Friday Mosque", "21st September Park", "14 July Street") are not times.</summary>
    /// Nor are dates that name a news outlet ("the September 26 news website", "26 September Net").
    private const string NotAName = @"(?!\s+(?:mosque|market|square|street|park|road|bridge|stadium|hospital|school|movement|revolution|brigade|camp|(?:military\s+)?news|newspaper|net|agency|website|channel|tv|outlet)\b)";

    private const string CalendarDates =
        @"(?<iso>(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2}))" +
        @"|(?<numeric>(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>\d{4}))" +
        @"|(?:" + Weekday + @",?\s+(?:the\s+)?)?(?<dmy>(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"(?:,?\s+(?<y>\d{4}))?)" + NotAName +
        @"|(?:" + Weekday + @",?\s+)?(?<mdy>" + Month + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?<y>\d{4}))?)" + NotAName +
        @"|(?<monthonly>(?:in|during|since|early|late|mid|earlier\s+in|later\s+in)[\s-]+" + Month + @"(?:\s+(?<y>\d{4}))?)(?!\s+\d)";

    private const string RelativeTimes =
        @"(?<rel>the\s+day\s+before\s+yesterday|yesterday|today|tonight|this\s+morning|last\s+night|overnight)" +
        @"|(?<ago>(?<n>\d+|one|two|three|four|five|six|seven|a|a\s+few|several)\s+(?<unit>days?|weeks?|months?)\s+ago)" +
        @"|(?<lastunit>(?:last|past|previous|earlier\s+this|this|earlier\s+in\s+the)\s+(?<unit>week|month|weekend))" +
        @"|(?<recent>recently|earlier|in\s+recent\s+days|in\s+the\s+past\s+few\s+days)" +
        @"|(?<wd>(?:(?<last>last)\s+)?" + Weekday + DayPart + @")" + NotAName;

    /// <summary>A time expression where a word starts: the alternatives in order, the first that matches there wins.</summary>
    internal const string WholeTimePattern = @"\G(?:" + CalendarDates + "|" + RelativeTimes + @")\b";

    // The pattern in two parts matched as their alternation (AlternationRegex; all are anchored where the word
    // starts, so the earlier part wins): as one regex, its generated matcher is so large that each call, even one
    // failing at the first letter of "the", cost about 0.8 µs; the two parts together cost less than half that.
    [GeneratedRegex(@"\G(?:" + CalendarDates + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CalendarDatePattern();

    [GeneratedRegex(@"\G(?:" + RelativeTimes + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTimePattern();

    internal static readonly AlternationRegex TimePattern = new(CalendarDatePattern(), RelativeTimePattern());

    public static List<TimeExpression> Find(string text, DateOnly? published) => Find(text, new TextSpan(0, text.Length), published);

    /// <summary>Words that can open a time expression.</summary>
    private static readonly StarterWords Starters = new(
    [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
        "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "in", "during", "since", "early", "late", "mid", "earlier", "later", "the", "yesterday", "today", "tonight", "this",
        "last", "past", "previous", "overnight", "recently", "a", "one", "two", "three", "four", "five", "six", "seven", "several",
    ]);

    public static List<TimeExpression> Find(string text, TextSpan range, DateOnly? published)
    {
        var found = new List<TimeExpression>();
        int next = range.Start;
        foreach (int start in WordStarts.Of(text, range, Starters))
        {
            if (start < next) continue;
            var m = TimePattern.Match(text, start, range.End - start);
            if (!m.Success) continue;
            var t = Resolve(m, new TextSpan(m.Index, m.Index + m.Length), published);
            if (t is null) continue;
            found.Add(t);
            next = m.Index + m.Length;
        }
        return found;
    }

    private static TimeExpression? Resolve(Match m, TextSpan span, DateOnly? published)
    {
        var g = m.Groups;
        if (g["iso"].Success || g["numeric"].Success)
        {
            int y = int.Parse(g["y"].Value, CultureInfo.InvariantCulture), mo = int.Parse(g["m"].Value, CultureInfo.InvariantCulture), d = int.Parse(g["d"].Value, CultureInfo.InvariantCulture);
            if (g["numeric"].Success && mo > 12 && d <= 12) (mo, d) = (d, mo); // US order when day-first is impossible
            return Dated(span, y, mo, d, 1, null, published);
        }
        if (g["dmy"].Success || g["mdy"].Success)
        {
            int mo = MonthNumber(g["month"].Value), d = int.Parse(g["d"].Value, CultureInfo.InvariantCulture);
            int? y = g["y"].Success ? int.Parse(g["y"].Value, CultureInfo.InvariantCulture) : null;
            var year = y ?? InferYear(mo, d, published);
            if (year is null) return null;
            return Dated(span, year.Value, mo, d, 1, g["weekday"].Success ? g["weekday"].Value : null, published);
        }
        if (g["monthonly"].Success)
        {
            int mo = MonthNumber(g["month"].Value);
            int? year = g["y"].Success ? int.Parse(g["y"].Value, CultureInfo.InvariantCulture) : InferYear(mo, 1, published);
            if (year is null) return null;
            return Dated(span, year.Value, mo, 1, 3, null, published);
        }
        if (published is not { } pub) return null;
        if (g["rel"].Success)
        {
            string w = Normalise(g["rel"].Value);
            int back = w switch { "the day before yesterday" => 2, "yesterday" or "last night" => 1, _ => 0 };
            return new TimeExpression(span, pub.AddDays(-back), 1);
        }
        if (g["ago"].Success)
        {
            string n = Normalise(g["n"].Value);
            int count = n switch { "a" => 1, "a few" or "several" => 3, _ => Numbers.NumberReader.ParseSimple(n) ?? 1 };
            string unit = g["unit"].Value.ToLowerInvariant().TrimEnd('s');
            return unit switch
            {
                "day" => new TimeExpression(span, pub.AddDays(-count), n is "a few" or "several" ? 2 : 1),
                "week" => new TimeExpression(span, pub.AddDays(-7 * count), 2),
                _ => new TimeExpression(span, pub.AddMonths(-count), 3),
            };
        }
        if (g["lastunit"].Success)
        {
            string w = Normalise(g["lastunit"].Value);
            string unit = g["unit"].Value.ToLowerInvariant();
            bool previous = w.StartsWith("last") || w.StartsWith("past") || w.StartsWith("previous");
            return unit switch
            {
                "week" => new TimeExpression(span, previous ? pub.AddDays(-7) : pub, 2) { IsVaguePast = !previous },
                "weekend" => new TimeExpression(span, LastWeekday(pub, DayOfWeek.Saturday, false), 2),
                _ => new TimeExpression(span, previous ? new DateOnly(pub.AddMonths(-1).Year, pub.AddMonths(-1).Month, 1) : pub, 3) { IsVaguePast = !previous },
            };
        }
        if (g["recent"].Success)
            return new TimeExpression(span, pub.AddDays(-1), 2) { IsVaguePast = true };
        if (g["wd"].Success)
        {
            var day = Enum.Parse<DayOfWeek>(g["weekday"].Value, ignoreCase: true);
            return new TimeExpression(span, LastWeekday(pub, day, includeToday: !g["last"].Success), 1);
        }
        return null;
    }

    private static TimeExpression? Dated(TextSpan span, int y, int mo, int d, int precision, string? weekday, DateOnly? published)
    {
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), mo) || y < 1900 || y > 2100) return null;
        var date = new DateOnly(y, mo, d);
        string? conflict = null;
        if (weekday is not null)
        {
            var said = Enum.Parse<DayOfWeek>(weekday, ignoreCase: true);
            if (said != date.DayOfWeek)
            {
                var alt = LastWeekday(date, said, includeToday: false);
                conflict = $"text says {said} but {date:yyyy-MM-dd} is a {date.DayOfWeek}; the {said} before it is {alt:yyyy-MM-dd}";
            }
        }
        if (published is { } pub && date > pub.AddDays(1))
            conflict = (conflict is null ? "" : conflict + "; ") + $"date {date:yyyy-MM-dd} is after publication ({pub:yyyy-MM-dd})";
        return new TimeExpression(span, date, precision, conflict);
    }

    /// <summary>The year that puts month/day on or just before publication (a week's grace for previews).</summary>
    private static int? InferYear(int month, int day, DateOnly? published)
    {
        if (published is not { } pub) return null;
        int y = pub.Year;
        if (day > DateTime.DaysInMonth(y, month)) return y;
        return new DateOnly(y, month, day) > pub.AddDays(7) ? y - 1 : y;
    }

    /// <summary>The most recent given weekday on or before <paramref name="from"/>.</summary>
    public static DateOnly LastWeekday(DateOnly from, DayOfWeek day, bool includeToday)
    {
        int back = ((int)from.DayOfWeek - (int)day + 7) % 7;
        if (back == 0 && !includeToday) back = 7;
        return from.AddDays(-back);
    }

    private static int MonthNumber(string s) => s.ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static string Normalise(string s) => Spacing.Collapse(s.ToLowerInvariant());
}
