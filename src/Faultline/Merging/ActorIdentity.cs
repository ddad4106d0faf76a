using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Faultline.Actors;

namespace Faultline.Merging;

/// <summary>One side's identity for matching: a knowledge-base id, or a generic actor's ACLED name.</summary>
/// <param name="Key">"kb:ID" for a known actor, "g:NAME" for a generic one (state forces without their period, civilians ...).</param>
/// <param name="Specific">A named group or unit of the knowledge base; generic actors are weak evidence that two reports tell one event.</param>
/// <param name="Unidentified">An unidentified armed group: may be the same as any named non-state armed actor.</param>
/// <param name="Armed">An armed actor an unidentified group could turn out to be: state forces, rebels, militias, external forces.</param>
public sealed record ActorId(string Key, bool Specific, bool Unidentified, bool Armed);

/// <summary>
/// Maps coded actor names to identities, so two reports that spell a group differently ("Asayib Ehlilhak",
/// "Asa'ib Ahl al-Haq") or name one of its parts meet on the same key. Names are first resolved in the actor
/// knowledge base (exact key, acronym, shape); what it does not know is generic and keyed by its ACLED name,
/// with a state-forces period such as "(2020-)" dropped. Thread-safe; results are cached.
/// </summary>
public sealed partial class ActorIdentity(ActorKnowledgeBase? kb)
{
    private readonly ConcurrentDictionary<string, ActorId> _cache = new(StringComparer.Ordinal);

    public static ActorIdentity Default { get; } = new(ActorKnowledgeBase.Default);

    /// <summary>Without a knowledge base: every name is its own identity (tests, and stores opened without data).</summary>
    public static ActorIdentity NamesOnly { get; } = new(null);

    public ActorId Of(string name) => _cache.GetOrAdd(name, Compute);

    private ActorId Compute(string name)
    {
        var actor = kb is null ? null : Exact(kb, name);
        if (actor is not null && actor.Inter != 1)
            return new ActorId("kb:" + actor.Id, Specific: true, Unidentified: false, Armed: actor.Inter is 2 or 3 or 4 or 8);
        string bare = Period().Replace(name, "").Trim();
        bool unidentified = bare.StartsWith("Unidentified", StringComparison.OrdinalIgnoreCase) && !bare.Contains("Military", StringComparison.Ordinal);
        bool forces = bare.StartsWith("Military Forces", StringComparison.OrdinalIgnoreCase) || bare.StartsWith("Police Forces", StringComparison.OrdinalIgnoreCase)
                      || actor?.Inter == 1;
        // One crowd, however a report calls it: "Rioters (Iraq)" are the "Protesters (Iraq)" of a report that saw no violence.
        string key = bare.ToLowerInvariant();
        if (key.StartsWith("rioters", StringComparison.Ordinal)) key = "protesters" + key["rioters".Length..];
        return new ActorId("g:" + key, Specific: false, Unidentified: unidentified, Armed: unidentified || forces);
    }

    /// <summary>True when the knowledge base knows this name (or acronym) as an actor's.</summary>
    public bool IsActorName(string name) =>
        kb is not null && _isActor.GetOrAdd(name, n => kb.Names.Lookup(n).Count > 0 || kb.ByAcronym(n.Trim()) is not null);

    private readonly ConcurrentDictionary<string, bool> _isActor = new(StringComparer.Ordinal);

    private static Actor? Exact(ActorKnowledgeBase kb, string name)
    {
        var hits = kb.Names.Lookup(name);
        return hits.Count > 0 ? hits[0] : null;
    }

    [GeneratedRegex(@"\s*\(\d{4}-(\d{4})?\)\s*$")]
    private static partial Regex Period();
}
