using OneStop.Validation;

namespace OneStop.Portal.Divisions;

/// <summary>
/// The administrative divisions the platform serves (divisions.tsv), so that a site's division is picked from a list of
/// names instead of typed as a code. A malformed line stops the portal at start-up.
/// </summary>
public static class ServedDivisions
{
    public sealed record City(string Code, string Name, string NameEn, List<(string Code, string Name)> Districts);

    public static IReadOnlyList<City> Cities { get; } = Load();

    /// <summary>"杭州市西湖区" for 330106; null for a code the list does not hold.</summary>
    public static string? NameOf(string? code) => Cities.SelectMany(city => city.Districts.Select(d => (d.Code, Name: city.Name + d.Name)))
        .SingleOrDefault(d => d.Code == code).Name;

    private static List<City> Load()
    {
        using var stream = typeof(ServedDivisions).Assembly.GetManifestResourceStream("divisions.tsv")!;
        using var reader = new StreamReader(stream);
        var cities = new List<City>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var fields = line.Split('\t');
            if (!AdministrativeDivisionCode.IsValid(fields[0]))
                throw new InvalidDataException($"divisions.tsv: {fields[0]} is not a division code");
            if (fields[0].EndsWith("00", StringComparison.Ordinal))
                cities.Add(new City(fields[0], fields[1], fields[2], []));
            else if (cities.LastOrDefault() is { } city && fields[0].StartsWith(city.Code[..4], StringComparison.Ordinal))
                city.Districts.Add((fields[0], fields[1]));
            else
                throw new InvalidDataException($"divisions.tsv: {fields[0]} does not follow its city");
        }
        return cities;
    }
}
