using System.Diagnostics;

namespace OneStop.Benchmarks;

/// <summary>
/// One process group's share of a phase: CPU in cores; resident memory at the end — all of it (RSS), its proportional
/// share (PSS: a page shared with other processes, such as the .NET runtime's files, counted as a fraction) and its
/// anonymous (private) part — null for a group of processes, such as PostgreSQL's backends, whose shared memory each
/// one's figure counts again; .NET GC pauses (null where not .NET).
/// </summary>
public sealed record ProcessUsage(string Name, double CoresUsed, long? ResidentBytes, long? ProportionalBytes, long? AnonymousBytes, TimeSpan? GcPauses, bool IsService);

public sealed record MachineUsage(TimeSpan Window, double MachineBusyCores, IReadOnlyList<ProcessUsage> Processes, string LoadAverage);

/// <summary>
/// Where the CPU went during a phase: each service process, the broker, the database server (shared with anyone else
/// using it), this process, and the whole machine — on 2 cores, the first thing to rule in or out.
/// </summary>
public sealed class ProcessMeter(IReadOnlyList<(string Name, Uri Address)> services)
{
    private readonly List<(string Name, int ProcessId, TimeSpan Cpu, TimeSpan? GcPauses, bool IsService)> _before = [];
    private (long Busy, long Total) _machineBefore;
    private long _startedAt;

    /// <summary>Takes the processes as they are now: PostgreSQL backends are per connection, so start after warm-up.</summary>
    public async Task StartAsync()
    {
        _before.Clear();
        _before.AddRange(await Task.WhenAll(Processes()
            .Select(p => (p.Name, p.ProcessId, p.IsService, Cpu: CpuOf(p.ProcessId)))
            .Where(p => p.Cpu is not null)
            .Select(async p => (p.Name, p.ProcessId, p.Cpu!.Value, p.IsService ? await GcPauses.ReadAsync(p.ProcessId) : null, p.IsService))));
        _machineBefore = MachineTicks();
        _startedAt = Stopwatch.GetTimestamp();
    }

    public async Task<MachineUsage> StopAsync()
    {
        var window = Stopwatch.GetElapsedTime(_startedAt);
        var (busy, total) = MachineTicks();
        var machineBusy = (double)(busy - _machineBefore.Busy) / (total - _machineBefore.Total) * Environment.ProcessorCount;
        var after = await Task.WhenAll(_before.Select(async b => (b.Name, b.IsService,
            Cpu: (CpuOf(b.ProcessId) ?? b.Cpu) - b.Cpu,
            Resident: Kilobytes($"/proc/{b.ProcessId}/status", "VmRSS:"),
            Proportional: Kilobytes($"/proc/{b.ProcessId}/smaps_rollup", "Pss:"),
            Anonymous: Kilobytes($"/proc/{b.ProcessId}/status", "RssAnon:"),
            GcPauses: b.GcPauses is { } gcBefore && await GcPauses.ReadAsync(b.ProcessId) is { } gcAfter ? gcAfter - gcBefore : (TimeSpan?)null)));
        var usage = after.GroupBy(a => a.Name)
            .Select(g => new ProcessUsage(g.Key, g.Sum(a => a.Cpu.TotalSeconds) / window.TotalSeconds, g.Count() == 1 ? g.Single().Resident : null, g.Count() == 1 ? g.Single().Proportional : null,
                g.Count() == 1 ? g.Single().Anonymous : null,
                g.Any(a => a.GcPauses is not null) ? TimeSpan.FromTicks(g.Sum(a => a.GcPauses?.Ticks ?? 0)) : null, g.First().IsService))
            .OrderByDescending(u => u.CoresUsed)
            .ToList();
        return new MachineUsage(window, machineBusy, usage, File.ReadAllText("/proc/loadavg").Trim());
    }

    private IEnumerable<(string Name, int ProcessId, bool IsService)> Processes()
    {
        foreach (var (name, address) in services)
            foreach (var process in Process.GetProcessesByName("dotnet").Where(p => EnvironmentOf(p.Id).Contains($"ASPNETCORE_URLS={address}")))
                yield return (name, process.Id, true);
        foreach (var processId in Named("beam.smp"))
            yield return ("RabbitMQ", processId, false);
        foreach (var processId in Named("postgres"))
            yield return ("PostgreSQL (every backend)", processId, false);
        yield return ("benchmark (this process)", Environment.ProcessId, false);
    }

    // By /proc/<pid>/comm: a PostgreSQL backend rewrites its command line ("postgres: onestop onestop_intake …"),
    // which is where .NET's process names come from, so GetProcessesByName finds only the postmaster.
    private static IEnumerable<int> Named(string command) =>
        Directory.EnumerateDirectories("/proc")
            .Select(directory => int.TryParse(Path.GetFileName(directory), out var id) ? id : 0)
            .Where(id => id > 0 && Read($"/proc/{id}/comm").Trim() == command);

    private static string EnvironmentOf(int processId) => Read($"/proc/{processId}/environ");

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>Null once the process has exited (a backend whose connection closed): its last share is lost.</summary>
    private static TimeSpan? CpuOf(int processId)
    {
        // /proc/<pid>/stat after the command's closing parenthesis: state is field 3, utime 14 and stime 15.
        var stat = Read($"/proc/{processId}/stat");
        if (stat.Length == 0)
            return null;
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromSeconds((long.Parse(fields[11]) + long.Parse(fields[12])) / (double)ClockTicksPerSecond);
    }

    private const int ClockTicksPerSecond = 100;

    /// <summary>A line of /proc/&lt;pid&gt;/status or smaps_rollup in kB, in bytes.</summary>
    private static long Kilobytes(string file, string field) =>
        Read(file).Split('\n').FirstOrDefault(line => line.StartsWith(field)) is { } line
            ? long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024
            : 0;

    /// <summary>/proc/stat's first line: user nice system idle iowait irq softirq steal …</summary>
    private static (long Busy, long Total) MachineTicks()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(long.Parse).ToArray();
        var idle = fields[3] + fields[4];
        var total = fields.Sum();
        return (total - idle, total);
    }
}
