namespace OneStop.Testing;

/// <summary>Databases written by the last release before migrations (see LegacyDatabases/README.md).</summary>
public static class LegacyDatabases
{
    /// <summary>The test key their personal data was encrypted with; a service must be given it to read them.</summary>
    public const string PersonalDataKey = "1ORdxD5MOgmataLzfXa2mbcUqs37SIsRA1FwGZ244lY=";

    public static readonly string[] Services = ["intake", "electricity"];

    /// <summary>Longer than the dumps can be old on any machine date the suite runs on (Outbox:Retention).</summary>
    public const string Retention = "3650.00:00:00";

    /// <summary>The joint application filed in each dump.</summary>
    public static readonly Guid SqliteApplicationId = Guid.Parse("01a23554-1c1d-7ac2-a98b-585ff61b4a72");
    public static readonly Guid PostgreSqlApplicationId = Guid.Parse("01a23554-f3ab-7e62-afdc-15ade6f097c7");

    public static string Sql(string service, string provider) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "LegacyDatabases", $"{service}.{provider}.sql"));
}
