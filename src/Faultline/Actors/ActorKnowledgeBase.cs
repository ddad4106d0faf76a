using Faultline.Text;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Faultline.Actors;

/// <summary>
/// The actor knowledge base: every YAML file in data/actors (and any user files given) loaded into one index of
/// names, aliases and acronyms, plus the state-forces table and the generic role patterns.
/// </summary>
public sealed class ActorKnowledgeBase
{
    private readonly Dictionary<string, Actor> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Actor> _byAcronym = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StateForces> _stateForces = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Names and aliases of known actors.</summary>
    public PhraseIndex<Actor> Names { get; } = new() { MinSkeletonLength = 6, MinNameSkeletonLength = 4 };

    /// <summary>Generic role words ("gunmen", "protesters", "the army").</summary>
    public PhraseIndex<GenericRole> Roles { get; } = new() { MinSkeletonLength = 99 };

    public IReadOnlyCollection<Actor> Actors => _byId.Values;

    public Actor? ById(string id) => _byId.GetValueOrDefault(id);

    public Actor? ByAcronym(string acronym) => _byAcronym.GetValueOrDefault(acronym);

    public StateForces? StateForcesOf(string iso3) => _stateForces.GetValueOrDefault(iso3);

    /// <summary>Resolves a name as written to a known actor (exact key first, then acronym, then by shape, then one edit away); null when ambiguous.</summary>
    public Actor? Resolve(string name)
    {
        var exact = Names.Lookup(name);
        if (exact.Count > 0) return exact[0];
        if (_byAcronym.TryGetValue(name.Trim(), out var a)) return a;
        var shaped = Names.LookupByShape(name);
        if (shaped.Count > 0) return shaped.Count == 1 ? shaped[0] : null;
        var near = Names.LookupByOneEdit(name, 5);
        return near.Count == 1 ? near[0] : null;
    }

    /// <summary>The shipped knowledge base plus the user's own files listed in FAULTLINE_ACTORS (':'-separated paths).</summary>
    private static readonly Lazy<ActorKnowledgeBase> Shared = new(() => Load(DataFiles.PathOf("actors"),
        (Environment.GetEnvironmentVariable("FAULTLINE_ACTORS") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

    public static ActorKnowledgeBase Default => Shared.Value;

    public static ActorKnowledgeBase Load(string folder, params string[] userFiles)
    {
        var kb = new ActorKnowledgeBase();
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList() : [];
        foreach (var file in files.Concat(userFiles))
        {
            string name = Path.GetFileName(file);
            if (name == "state-forces.yaml") kb.LoadStateForces(file);
            else if (name == "generic.yaml") kb.LoadGeneric(file);
            else kb.LoadActors(file);
        }
        return kb;
    }

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    private static List<T> Read<T>(string file)
    {
        try { return Yaml.Deserialize<List<T>>(File.ReadAllText(file)) ?? []; }
        catch (YamlDotNet.Core.YamlException e) { throw new InvalidDataException($"{file}: {e.Message}", e); }
    }

    public void Add(Actor actor, IEnumerable<string> acronyms)
    {
        _byId[actor.Id] = actor;
        Names.Add(actor.Name, actor);
        foreach (var alias in actor.Aliases)
            Names.Add(alias, actor, allowShapeMatch: !actor.IsPerson || alias.Contains(' '));
        foreach (var acronym in acronyms) _byAcronym.TryAdd(acronym, actor);
    }

    private void LoadActors(string file)
    {
        foreach (var e in Read<ActorEntry>(file))
        {
            if (string.IsNullOrWhiteSpace(e.Id) || string.IsNullOrWhiteSpace(e.Name)) continue;
            var relations = (e.Relations ?? []).Where(r => r.Type is not null && r.Target is not null)
                .Select(r => new ActorRelation(r.Type!, r.Target!)).ToList();
            Add(new Actor(e.Id, e.Name, e.Kind ?? "armed group", e.Inter, e.Country, e.Aliases ?? [], relations) { Theatre = e.Theatre },
                e.Acronyms ?? []);
        }
    }

    private void LoadStateForces(string file)
    {
        foreach (var e in Read<StateForcesEntry>(file))
        {
            if (e.Country is null || e.Military is null) continue;
            string countryName = e.Name ?? e.Country;
            var periods = (e.Periods ?? []).Where(p => p.From is not null && p.Military is not null)
                .Select(p => new ForcesPeriod(DateOnly.Parse(p.From!, System.Globalization.CultureInfo.InvariantCulture), p.Military!, p.Police ?? p.Military!.Replace("Military", "Police")))
                .ToList();
            _stateForces[e.Country] = new StateForces(e.Country, countryName, e.Military, e.Police ?? $"Police Forces of {countryName}", periods);
        }
    }

    private void LoadGeneric(string file)
    {
        foreach (var e in Read<GenericEntry>(file))
        {
            if (e.Template is null || e.Words is null) continue;
            var role = new GenericRole(e.Template, e.Inter ?? 0, e.Role ?? RoleOf(e.Template));
            foreach (var w in e.Words) Roles.Add(w, role, allowShapeMatch: false);
        }
    }

    private static string RoleOf(string template) => template.Split(' ')[0].ToLowerInvariant();

    private sealed class ActorEntry
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Kind { get; set; }
        public int? Inter { get; set; }
        public string? Country { get; set; }
        public string? Theatre { get; set; }
        public List<string>? Aliases { get; set; }
        public List<string>? Acronyms { get; set; }
        public List<RelationEntry>? Relations { get; set; }
    }

    private sealed class RelationEntry
    {
        public string? Type { get; set; }
        public string? Target { get; set; }
    }

    private sealed class StateForcesEntry
    {
        public string? Country { get; set; }
        public string? Name { get; set; }
        public string? Military { get; set; }
        public string? Police { get; set; }
        public List<PeriodEntry>? Periods { get; set; }
    }

    private sealed class PeriodEntry
    {
        public string? From { get; set; }
        public string? Military { get; set; }
        public string? Police { get; set; }
    }

    private sealed class GenericEntry
    {
        public List<string>? Words { get; set; }
        public string? Template { get; set; }
        public int? Inter { get; set; }
        public string? Role { get; set; }
    }
}
