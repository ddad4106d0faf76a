namespace Faultline.Actors;

/// <summary>
/// An actor in the knowledge base: canonical ACLED-style name, inter code (1 state forces ... 8 external/other),
/// kind, country and relations to other actors. Provisional actors are organisations met in text but not yet known.
/// </summary>
public sealed record Actor(
    string Id,
    string Name,
    string Kind,
    int? Inter,
    string? Country,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ActorRelation> Relations,
    bool Provisional = false)
{
    public bool IsPerson => Kind == "person";

    /// <summary>ISO3 of the one country an external force fights in ("the Saudi-led coalition": Yemen), if it has one.</summary>
    public string? Theatre { get; init; }

    /// <summary>
    /// The provinces (admin1 names of <see cref="WorksIn"/>) an actor's events are bound to, when that is a fact of the
    /// conflict (the OSCE ceasefire monitors and the separatist forces of Donbas: Donetsk and Luhansk); empty if not.
    /// A hint for same-named villages of one country, never a place of its own.
    /// </summary>
    public IReadOnlyList<string> Area { get; init; } = [];

    /// <summary>
    /// Where this actor's events happen, as a hint to the country of a report: a local actor's country, a mission's
    /// country (UNIFIL: Lebanon), an external force's theatre; never an external force's home.
    /// </summary>
    public string? WorksIn => Theatre ?? (Inter != 8 || Kind == "organisation" ? Country : null);
    public IEnumerable<string> Related(params string[] types) => Relations.Where(r => types.Contains(r.Type)).Select(r => r.Target);
    public override string ToString() => Name;
}

/// <summary>A typed edge from one actor to another: leads, commanded_by, part_of, backed_by, allied_with ...</summary>
public sealed record ActorRelation(string Type, string Target);

/// <summary>How ACLED names a country's state forces, for generic mentions ("the army", "police"), period by period.</summary>
public sealed record StateForces(string Country, string CountryName, string Military, string Police, IReadOnlyList<ForcesPeriod> Periods)
{
    /// <summary>The names in force on a date (ACLED dates its state actors by government: "Military Forces of Ukraine (2014-2019)").</summary>
    public (string Military, string Police) On(DateOnly? date)
    {
        if (date is { } d)
        {
            var period = Periods.Where(p => p.From <= d).MaxBy(p => p.From);
            if (period is not null) return (period.Military, period.Police);
        }
        return (Military, Police);
    }
}

/// <summary>The state forces' names from a date on.</summary>
public sealed record ForcesPeriod(DateOnly From, string Military, string Police);

/// <summary>A generic role named by pattern ("gunmen" -> "Unidentified Armed Group ({country})", inter 3).</summary>
/// <param name="Country">ISO3 of the one country whose actor the words name wherever they are met (conflict reports'
/// "the regime" is Syria's), like a country adjective; null for most roles, which take the event's country.</param>
/// <param name="CountryUntil">The last day the words are bound to that country (the Syrian regime fell on 8 December
/// 2024); reports published later read them as any other role.</param>
public sealed record GenericRole(string Template, int Inter, string Role, string? Country = null, DateOnly? CountryUntil = null)
{
    /// <summary>The role as met in a report of that day: unbound from its country once the binding has ended.</summary>
    public GenericRole On(DateOnly? published) =>
        Country is not null && CountryUntil is { } until && published > until ? this with { Country = null, CountryUntil = null } : this;

    public string NameFor(string countryName) => Template.Replace("{country}", countryName);
}
