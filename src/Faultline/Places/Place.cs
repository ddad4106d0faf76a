namespace Faultline.Places;

/// <summary>
/// What a gazetteer entry is: decides its geo_precision and how it ranks. A region lies beyond any one country
/// (a continent, an ocean, "the Middle East"): recognised as a place, never an event's location.
/// </summary>
public enum PlaceKind { Country, Admin1, Admin2, Town, Landmark, Region }

/// <summary>A gazetteer entry: a town, landmark or administrative unit, with its admin names and coordinates.</summary>
public sealed record Place(
    string Name,
    PlaceKind Kind,
    string CountryCode,
    string Country,
    string Iso3,
    string? Admin1,
    string? Admin2,
    double Latitude,
    double Longitude,
    long Population = 0,
    string? FeatureCode = null,
    string? Parent = null,
    GeoPoint? Seat = null)
{
    /// <summary>
    /// Where an event known only at this place's level is put: a province's seat (ACLED codes province-level events
    /// to the capital, and a province named like its capital is usually the city), else the place's own point.
    /// </summary>
    public GeoPoint EventPoint => Seat ?? new GeoPoint(Latitude, Longitude);

    public override string ToString() => $"{Name} ({Kind}, {Admin1}, {Country})";
}

/// <summary>A latitude/longitude pair in degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);

/// <summary>A country as the gazetteer knows it, with the adjective forms news use ("Iraqi").</summary>
public sealed record Country(string Code, string Iso3, string Name, double Latitude, double Longitude, string? Capital);
