using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Messaging;

namespace OneStop.ServiceTests.Hostile;

/// <summary>
/// The number of rows in every business table of every service's database: equal before and after a refused write
/// proves that the refusal wrote nothing. Found from the services' own models, so a new table is counted automatically.
/// </summary>
public sealed class RowCounts(IServiceProvider services)
{
    // Refusals are legitimately recorded in the audit log (who was turned away). The outbox and inbox change only with
    // a business table in the same transaction, or later, as messages of an earlier accepted request move on.
    private static readonly HashSet<string> NotBusiness = ["audit_log", "outbox", "inbox"];

    private static readonly Type[] Contexts = AppDomain.CurrentDomain.GetAssemblies()
        .Where(assembly => assembly.GetName().Name?.StartsWith("OneStop.") == true)
        .SelectMany(assembly => assembly.GetTypes())
        .Where(type => type.IsSubclassOf(typeof(MessagingDbContext)) && !type.IsAbstract && !type.ContainsGenericParameters)
        .ToArray();

    public async Task<Dictionary<string, int>> TakeAsync()
    {
        var counts = new Dictionary<string, int>();
        await using var scope = services.CreateAsyncScope();
        foreach (var type in Contexts)
        {
            if (scope.ServiceProvider.GetService(type) is not DbContext db)
                continue;
            var tables = db.Model.GetEntityTypes().Select(entity => entity.GetTableName()).OfType<string>().Distinct().Where(table => !NotBusiness.Contains(table));
            // Table names from the services' own models, not input: nothing to inject.
#pragma warning disable EF1003
            foreach (var table in tables)
                counts[$"{type.Name}.{table}"] = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"")
                    .SingleAsync(TestContext.Current.CancellationToken);
#pragma warning restore EF1003
        }
        return counts;
    }

    /// <summary>After an accepted write, waits until the messages it started have done their writing.</summary>
    public async Task<Dictionary<string, int>> SettleAsync()
    {
        var last = await TakeAsync();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
            var now = await TakeAsync();
            if (Changed(last, now).Count == 0)
                return now;
            last = now;
        }
        return last;
    }

    public static List<string> Changed(Dictionary<string, int> before, Dictionary<string, int> after) =>
        after.Where(table => before.GetValueOrDefault(table.Key) != table.Value).Select(table => $"{table.Key} {before.GetValueOrDefault(table.Key)}→{table.Value}").ToList();
}
