using OneStop.Testing;

namespace OneStop.Chaos;

/// <summary>The deployment's databases read as the checker needs them: with psql in the PostgreSQL container, so nothing is published for it.</summary>
public sealed class Database(ComposeStack stack)
{
    /// <summary>The rows of <paramref name="sql"/>, each split at '|'; null when the server cannot answer (it may be the one killed).</summary>
    public async Task<string[][]?> TryQueryAsync(string service, string sql)
    {
        var result = await Task.Run(() => stack.Sql($"onestop_{service}", sql));
        return result.Succeeded
            ? result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('|')).ToArray()
            : null;
    }

    public async Task<string[][]> QueryAsync(string service, string sql) =>
        await TryQueryAsync(service, sql) ?? throw new InvalidOperationException($"onestop_{service} did not answer: {sql}");

    /// <summary>A PostgreSQL uuid[] literal of <paramref name="ids"/>.</summary>
    public static string Ids(IEnumerable<Guid> ids) => $"'{{{string.Join(',', ids)}}}'::uuid[]";
}
