using Faultline.Text;

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
    private System.Collections.Concurrent.ConcurrentDictionary<string, Actor?> _resolved = new(StringComparer.Ordinal); // Resolve's answers
    private int _resolvedCount; // entries added to _resolved (its Count property locks every bucket)

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
        // Coded names recur in every report ("Military Forces of Syria (2000-)") and most are no key, so each would
        // fall through to the one-edit scan of every name: the answers are kept, per name, until the next Add.
        var resolved = _resolved;
        if (resolved.TryGetValue(name, out var known)) return known;
        var actor = ResolveUncached(name);
        // Bounded: odd names in a long batch do not grow it forever.
        if (resolved.TryAdd(name, actor) && Interlocked.Increment(ref _resolvedCount) >= 100_000)
        {
            resolved.Clear();
            Interlocked.Exchange(ref _resolvedCount, 0);
        }
        return actor;
    }

    private Actor? ResolveUncached(string name)
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

    /// <summary>
    /// The knowledge base of a folder's YAML files plus the user's: read from its binary cache when one was made from
    /// the same files and code (see <see cref="DataCache"/>), else parsed (and the cache written).
    /// </summary>
    public static ActorKnowledgeBase Load(string folder, params string[] userFiles)
    {
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList() : [];
        var sources = files.Concat(userFiles).ToList();
        return DataCache.LoadOrBuild("actors", sources, () => Parse(sources), (kb, w) => kb.WriteTo(w), ReadFrom, CacheCoversTypes);
    }

    /// <summary>The fields <see cref="WriteTo"/> and <see cref="ReadFrom"/> store; a test checks the records still have just these.</summary>
    internal const string CachedShape = "Actor(Id, Name, Kind, Inter, Country, Aliases, Relations, Provisional, Theatre, Area); ActorRelation(Type, Target); " +
        "GenericRole(Template, Inter, Role, Country, CountryUntil); StateForces(Country, CountryName, Military, Police, Periods); ForcesPeriod(From, Military, Police)";

    internal static bool CacheCoversTypes =>
        DataCache.ShapeOf(typeof(Actor), typeof(ActorRelation), typeof(GenericRole), typeof(StateForces), typeof(ForcesPeriod)) == CachedShape;

    /// <summary>Parses YAML files in order (no cache): state-forces.yaml and generic.yaml by name, the rest as actors.</summary>
    public static ActorKnowledgeBase Parse(IEnumerable<string> files)
    {
        var kb = new ActorKnowledgeBase();
        foreach (var file in files)
        {
            string name = Path.GetFileName(file);
            if (name == "state-forces.yaml") kb.LoadStateForces(file);
            else if (name == "generic.yaml") kb.LoadGeneric(file);
            else kb.LoadActors(file);
        }
        return kb;
    }

    internal void WriteTo(CacheWriter w)
    {
        // Actors and roles are written once each and referred to by number, so shared objects stay shared.
        var actors = new ReferenceIds<Actor>();
        var roles = new ReferenceIds<GenericRole>();
        void Indexes(CacheWriter x)
        {
            x.Int(_byId.Count);
            foreach (var (id, a) in _byId) { x.String(id); x.Int(actors.Of(a)); }
            x.Int(_byAcronym.Count);
            foreach (var (acronym, a) in _byAcronym) { x.String(acronym); x.Int(actors.Of(a)); }
            Names.WriteTo(x, actors.Of);
            Roles.WriteTo(x, roles.Of);
        }
        Indexes(new CacheWriter()); // a first pass numbers the actors and roles
        w.Int(actors.Items.Count);
        foreach (var a in actors.Items)
        {
            w.String(a.Id); w.String(a.Name); w.String(a.Kind); w.Bool(a.Inter.HasValue); w.Int(a.Inter ?? 0); w.String(a.Country);
            w.Int(a.Aliases.Count);
            foreach (var alias in a.Aliases) w.String(alias);
            w.Int(a.Relations.Count);
            foreach (var r in a.Relations) { w.String(r.Type); w.String(r.Target); }
            w.Bool(a.Provisional);
            w.String(a.Theatre);
            w.Int(a.Area.Count);
            foreach (var province in a.Area) w.String(province);
        }
        w.Int(roles.Items.Count);
        foreach (var g in roles.Items) { w.String(g.Template); w.Int(g.Inter); w.String(g.Role); w.String(g.Country); w.Int(g.CountryUntil?.DayNumber ?? -1); }
        w.Int(_stateForces.Count);
        foreach (var (key, f) in _stateForces)
        {
            w.String(key); w.String(f.Country); w.String(f.CountryName); w.String(f.Military); w.String(f.Police);
            w.Int(f.Periods.Count);
            foreach (var p in f.Periods) { w.Int(p.From.DayNumber); w.String(p.Military); w.String(p.Police); }
        }
        Indexes(w);
    }

    internal static ActorKnowledgeBase ReadFrom(CacheReader r)
    {
        var kb = new ActorKnowledgeBase();
        var actors = new Actor[r.Int()];
        for (int i = 0; i < actors.Length; i++)
        {
            string id = r.String(), name = r.String(), kind = r.String();
            bool hasInter = r.Bool();
            int inter = r.Int();
            string? country = r.NullableString();
            var aliases = new List<string>(r.Int());
            for (int k = aliases.Capacity; k > 0; k--) aliases.Add(r.String());
            var relations = new List<ActorRelation>(r.Int());
            for (int k = relations.Capacity; k > 0; k--) relations.Add(new ActorRelation(r.String(), r.String()));
            bool provisional = r.Bool();
            string? theatre = r.NullableString();
            var area = new string[r.Int()];
            for (int k = 0; k < area.Length; k++) area[k] = r.String();
            actors[i] = new Actor(id, name, kind, hasInter ? inter : null, country, aliases, relations, provisional) { Theatre = theatre, Area = area };
        }
        var roles = new GenericRole[r.Int()];
        for (int i = 0; i < roles.Length; i++)
            roles[i] = new GenericRole(r.String(), r.Int(), r.String(), r.NullableString(), r.Int() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null);
        int n = r.Int();
        for (int i = 0; i < n; i++)
        {
            string key = r.String(), country = r.String(), countryName = r.String(), military = r.String(), police = r.String();
            var periods = new List<ForcesPeriod>(r.Int());
            for (int k = periods.Capacity; k > 0; k--) periods.Add(new ForcesPeriod(DateOnly.FromDayNumber(r.Int()), r.String(), r.String()));
            kb._stateForces.Add(key, new StateForces(country, countryName, military, police, periods));
        }
        n = r.Int();
        for (int i = 0; i < n; i++) kb._byId.Add(r.String(), actors[r.Int()]);
        n = r.Int();
        for (int i = 0; i < n; i++) kb._byAcronym.Add(r.String(), actors[r.Int()]);
        kb.Names.ReadFrom(r, i => actors[i]);
        kb.Roles.ReadFrom(r, i => roles[i]);
        r.End();
        return kb;
    }

    private static List<T> Read<T>(string file) => YamlList.Read<T>(file);

    private volatile Dictionary<string, Actor>? _ledBy;

    /// <summary>
    /// The first actor (in <see cref="Actors"/> order) that names this person as its leader, commander or head
    /// (led_by, commanded_by, headed_by), or null. Indexed on first use; <see cref="Add"/> drops the index.
    /// </summary>
    public Actor? LedBy(string personId)
    {
        var index = _ledBy;
        if (index is null)
        {
            index = new Dictionary<string, Actor>(StringComparer.Ordinal);
            foreach (var a in Actors)
                foreach (var r in a.Relations)
                    if (r.Type is "led_by" or "commanded_by" or "headed_by") index.TryAdd(r.Target, a);
            _ledBy = index;
        }
        return index.GetValueOrDefault(personId);
    }

    public void Add(Actor actor, IEnumerable<string> acronyms)
    {
        _ledBy = null;
        _resolved = new(StringComparer.Ordinal);
        _resolvedCount = 0;
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
            Add(new Actor(e.Id, e.Name, e.Kind ?? "armed group", e.Inter, e.Country, e.Aliases ?? [], relations) { Theatre = e.Theatre, Area = e.Area ?? [] },
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
                .Select(p => new ForcesPeriod(YamlList.Date(p.From!), p.Military!, p.Police ?? p.Military!.Replace("Military", "Police")))
                .ToList();
            _stateForces[e.Country] = new StateForces(e.Country, countryName, e.Military, e.Police ?? $"Police Forces of {countryName}", periods);
        }
    }

    private void LoadGeneric(string file)
    {
        foreach (var e in Read<GenericEntry>(file))
        {
            if (e.Template is null || e.Words is null) continue;
            var role = new GenericRole(e.Template, e.Inter ?? 0, e.Role ?? RoleOf(e.Template), e.Country, e.CountryUntil is null ? null : YamlList.Date(e.CountryUntil));
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
        public List<string>? Area { get; set; }
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
        public string? Country { get; set; }
        public string? CountryUntil { get; set; }
    }
}
