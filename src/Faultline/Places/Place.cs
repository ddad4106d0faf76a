namespace Faultline.Places;

/// <summary>What a gazetteer entry is: decides its geo_precision and how it ranks.</summary>
public enum PlaceKind { Country, Admin1, Admin2, Town, Landmark }

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
    string? Parent = null)
{
    public override string ToString() => $"{Name} ({Kind}, {Admin1}, {Country})";
}

/// <summary>A country as the gazetteer knows it, with the adjective forms news use ("Iraqi").</summary>
public sealed record Country(string Code, string Iso3, string Name, double Latitude, double Longitude, string? Capital);
