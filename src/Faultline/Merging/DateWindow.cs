namespace Faultline.Merging;

/// <summary>
/// The days an event can have happened on, from its date and time_precision: 1 = that day; 2 = the week around it
/// (three days either side); 3 = the calendar month. An event told without any date in the text (the coder fell back
/// on the publication day, precision 2, no date evidence) is taken as news of that day: the window is that day alone,
/// so undated reports of consecutive days stay apart (ACLED codes a day's shelling and the next day's as two events).
/// Days are counted as <see cref="DateOnly.DayNumber"/>.
/// </summary>
public readonly record struct DateWindow(int First, int Last)
{
    /// <summary>Widest window any precision gives (a month), so a blocking query on the first day can be bounded.</summary>
    public const int MaxWidth = 31;

    public static DateWindow Of(DateOnly date, int timePrecision) => timePrecision switch
    {
        <= 1 => new(date.DayNumber, date.DayNumber),
        2 => new(date.DayNumber - 3, date.DayNumber + 3),
        _ => new(new DateOnly(date.Year, date.Month, 1).DayNumber,
                 new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)).DayNumber),
    };

    /// <summary>The window of a coded event, using its evidence to tell a date read in the text from a fallback.</summary>
    public static DateWindow? Of(Events.CodedEvent e)
    {
        if (e.Date is not { } d) return null;
        if (e.TimePrecision == 2 && !e.Evidence.Any(v => v.Field == "event_date")) return new(d.DayNumber, d.DayNumber);
        return Of(d, e.TimePrecision);
    }

    /// <summary>Days between the two windows (0 when they overlap).</summary>
    public int GapTo(DateWindow o) => Math.Max(0, Math.Max(o.First - Last, First - o.Last));
}
