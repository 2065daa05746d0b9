using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OneStop.Messaging.Schema;

/// <summary>
/// Finds a service's migrations for the provider it runs on. One context type serves both providers, and SQL differs
/// between them, so each service keeps two sets side by side: <c>Migrations/PostgreSql</c> and <c>Migrations/Sqlite</c>,
/// told apart by namespace (EF itself looks only at the context type). <c>dotnet ef</c> goes through this too, so a
/// new migration is diffed against the snapshot of its own provider.
/// </summary>
public sealed class ProviderMigrations(ICurrentDbContext current, IMigrationsIdGenerator ids) : IMigrationsAssembly
{
    private readonly Type _contextType = current.Context.GetType();

    public static string FolderFor(DatabaseFacade database) => database.IsNpgsql() ? "PostgreSql" : "Sqlite";

    public Assembly Assembly => _contextType.Assembly;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => field ??= OwnTypes()
        .Where(type => type.IsSubclassOf(typeof(Migration)) && type.GetCustomAttribute<MigrationAttribute>() is not null)
        .ToDictionary(type => type.GetCustomAttribute<MigrationAttribute>()!.Id)
        .OrderBy(migration => migration.Key, StringComparer.Ordinal)
        .ToDictionary();

    public ModelSnapshot? ModelSnapshot => field ??= OwnTypes()
        .Where(type => type.IsSubclassOf(typeof(ModelSnapshot)))
        .Select(type => (ModelSnapshot)Activator.CreateInstance(type)!)
        .SingleOrDefault();

    public string? FindMigrationId(string nameOrId) => Migrations.Keys.FirstOrDefault(id =>
        string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase) || string.Equals(ids.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private IEnumerable<TypeInfo> OwnTypes()
    {
        var ownNamespace = $"{_contextType.Namespace}.Migrations.{FolderFor(current.Context.Database)}";
        return Assembly.DefinedTypes.Where(type => type.Namespace == ownNamespace && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType);
    }
}
