namespace Faultline.Actors;

/// <summary>
/// A state's armed forces, or an armed group, at work in a country over a period (data/deployments.yaml), with the
/// share of the reports of their actions that come from there. <see cref="Forces"/> is an ISO3 code or an actor id.
/// </summary>
/// <param name="Holds">The forces hold the theatre's ground (an occupation): unattributed soldiers and police there are theirs.</param>
public sealed record Deployment(string Forces, string Theatre, DateOnly From, DateOnly? To, double Share, bool Holds = false)
{
    public bool ActiveOn(DateOnly date) => date >= From && (To is null || date <= To);
}

/// <summary>The deployments of data/deployments.yaml.</summary>
public sealed class Deployments(IReadOnlyList<Deployment> all)
{
    private static readonly Lazy<Deployments> Shared = new(() => Load(DataFiles.PathOf("deployments.yaml")));

    public static Deployments Default => Shared.Value;

    public static Deployments Empty { get; } = new([]);

    /// <summary>
    /// The countries (ISO3) where the forces of <paramref name="forces"/> were at work abroad on a date, with shares
    /// summing to 1; empty when none is known.
    /// </summary>
    public IReadOnlyList<(string Theatre, double Share)> Abroad(string forces, DateOnly? date)
    {
        if (date is not { } day) return [];
        var active = all.Where(d => d.Forces == forces && d.ActiveOn(day)).ToList();
        double total = active.Sum(d => d.Share);
        return total <= 0 ? [] : active.Select(d => (d.Theatre, d.Share / total)).ToList();
    }

    /// <summary>The state (ISO3) whose forces hold a theatre's ground on a date, if one does.</summary>
    public string? HolderOf(string theatre, DateOnly? date) =>
        all.FirstOrDefault(d => d.Holds && d.Theatre == theatre && (date is not { } day || d.ActiveOn(day)))?.Forces;

    public static Deployments Load(string file)
    {
        if (!File.Exists(file)) return Empty;
        var entries = YamlList.Read<Entry>(file);
        return new Deployments(entries.Where(e => e.Forces is not null && e.Theatre is not null && e.From is not null)
            .Select(e => new Deployment(e.Forces!, e.Theatre!, YamlList.Date(e.From!),
                e.To is null ? null : YamlList.Date(e.To), e.Share ?? 1.0, e.Holds ?? false))
            .ToList());
    }

    private sealed class Entry
    {
        public string? Forces { get; set; }
        public string? Theatre { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }
        public double? Share { get; set; }
        public bool? Holds { get; set; }
    }
}
