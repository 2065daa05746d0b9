using System.Diagnostics;
using OneStop.Testing;

namespace OneStop.Benchmarks;

public sealed record CpuShare(string Name, double CoresUsed);

public sealed record CpuUsage(TimeSpan Window, double MachineBusyCores, IReadOnlyList<CpuShare> Processes, string LoadAverage);

/// <summary>
/// Where the CPU went during a phase: each service process, the broker, the database server (shared with anyone else
/// using it), this process, and the whole machine — on 2 cores, the first thing to rule in or out.
/// </summary>
public sealed class CpuMeter(DistributedPlatform platform)
{
    private readonly List<(string Name, Process Process, TimeSpan Before)> _measured = [];
    private (long Busy, long Total) _machineBefore;
    private long _startedAt;

    /// <summary>Takes the processes as they are now: PostgreSQL backends are per connection, so start after warm-up.</summary>
    public void Start()
    {
        var groups = platform.Services.Values.Append(platform.Gateway!)
            .Select(service => (service.Name, Processes: ListeningOn(service.BaseAddress)))
            .Append(("RabbitMQ", Process.GetProcessesByName("beam.smp")))
            .Append(("PostgreSQL (every backend)", Process.GetProcessesByName("postgres")))
            .Append(("benchmark (this process)", [Process.GetCurrentProcess()]));
        _measured.Clear();
        foreach (var (name, processes) in groups)
            foreach (var process in processes)
                if (CpuOf(process) is { } before)
                    _measured.Add((name, process, before));
        _machineBefore = MachineTicks();
        _startedAt = Stopwatch.GetTimestamp();
    }

    public CpuUsage Stop()
    {
        var window = Stopwatch.GetElapsedTime(_startedAt);
        var (busy, total) = MachineTicks();
        var machineBusy = (double)(busy - _machineBefore.Busy) / (total - _machineBefore.Total) * Environment.ProcessorCount;
        var shares = _measured
            .Select(m => (m.Name, Used: (CpuOf(m.Process) ?? m.Before) - m.Before))
            .GroupBy(m => m.Name)
            .Select(g => new CpuShare(g.Key, g.Sum(m => m.Used.TotalSeconds) / window.TotalSeconds))
            .OrderByDescending(share => share.CoresUsed)
            .ToList();
        return new CpuUsage(window, machineBusy, shares, File.ReadAllText("/proc/loadavg").Trim());
    }

    // Services are found by the address they were started on: other runs on this machine start the same dlls.
    private static Process[] ListeningOn(Uri address) => Process.GetProcessesByName("dotnet")
        .Where(process => EnvironmentOf(process.Id).Contains($"ASPNETCORE_URLS={address}"))
        .ToArray();

    private static string EnvironmentOf(int processId)
    {
        try
        {
            return File.ReadAllText($"/proc/{processId}/environ");
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>Null once the process has exited (a backend whose connection closed): its last share is lost.</summary>
    private static TimeSpan? CpuOf(Process process)
    {
        try
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>/proc/stat's first line: user nice system idle iowait irq softirq steal …</summary>
    private static (long Busy, long Total) MachineTicks()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(long.Parse).ToArray();
        var idle = fields[3] + fields[4];
        var total = fields.Sum();
        return (total - idle, total);
    }
}
