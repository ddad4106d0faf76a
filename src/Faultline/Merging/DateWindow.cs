namespace Faultline.Merging;

/// <summary>
/// The days an event can have happened on, from its date and time_precision: 1 = that day; 2 = the week around it
/// (three days either side); 3 = the calendar month. Days are counted as <see cref="DateOnly.DayNumber"/>.
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

    /// <summary>Days between the two windows (0 when they overlap).</summary>
    public int GapTo(DateWindow o) => Math.Max(0, Math.Max(o.First - Last, First - o.Last));
}
