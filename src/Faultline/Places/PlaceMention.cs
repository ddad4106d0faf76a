using Faultline.Text;

namespace Faultline.Places;

/// <summary>How the words around a place name use it, which decides whether it can be an event's location.</summary>
public enum PlaceUse
{
    /// <summary>Named without a locative cue.</summary>
    Plain,
    /// <summary>"in Basra", "the city of Basra": the place itself.</summary>
    Located,
    /// <summary>"near Basra", "Basra countryside", "5 km south of Basra": coded to it with geo_precision 2.</summary>
    Near,
    /// <summary>"Baghdad said", "Iraq's government": names an actor, never a location.</summary>
    Metonymic,
    /// <summary>"Russian President", "Iraqi forces": a country named by its adjective; recognised, never a location.</summary>
    Modifier,
}

/// <summary>A place named in the text, resolved to one gazetteer entry, with the candidates it was chosen from.</summary>
public sealed record PlaceMention(TextSpan Span, Place Place, PlaceUse Use, IReadOnlyList<Place> Candidates);
