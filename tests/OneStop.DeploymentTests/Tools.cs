using System.ComponentModel;
using System.Diagnostics;

namespace OneStop.DeploymentTests;

public sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public string Describe() => $"exit {ExitCode}\n{Output}\n{Error}";
}

/// <summary>Runs the deployment tools (docker-compose, kubectl, yamllint) in the repository root.</summary>
public static class Tools
{
    public static readonly string RepoRoot = FindRepoRoot();

    /// <summary>Runs a tool; a missing tool skips the test, or fails it when ONESTOP_REQUIRE_INFRA=1.</summary>
    public static ToolResult Run(string tool, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromMinutes(2);
        var start = new ProcessStartInfo(tool)
        {
            WorkingDirectory = RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            SkipUnlessRequired($"'{tool}' is not installed (apt-get install docker-compose kubectl yamllint).");
            throw; // unreachable: SkipUnlessRequired always throws
        }

        using (process)
        {
            // Read both streams concurrently so a full stderr pipe cannot block the tool.
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"'{tool} {string.Join(' ', start.ArgumentList)}' did not finish within {limit}.");
            }
            return new ToolResult(process.ExitCode, output.Result, error.Result);
        }
    }

    public static void SkipUnlessRequired(string reason)
    {
        if (Environment.GetEnvironmentVariable("ONESTOP_REQUIRE_INFRA") == "1")
            Assert.Fail($"{reason} ONESTOP_REQUIRE_INFRA=1 makes this a failure.");
        Assert.Skip(reason);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No repository root above {AppContext.BaseDirectory}.");
    }
}
