using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace OneStop.ServiceDefaults;

public static class DataDirectory
{
    /// <summary>Where a process keeps its SQLite files and generated keys: <c>Data:Directory</c>, or ./data.</summary>
    public static string Of(IConfiguration configuration, IHostEnvironment environment) =>
        Path.GetFullPath(configuration["Data:Directory"] ?? Path.Combine(environment.ContentRootPath, "data"));

    /// <summary>
    /// Reads a generated secret (a key, a password) from the data folder, creating it on first use, readable by the
    /// owner only. Two processes starting together on one folder both end up with the file the first one wrote.
    /// </summary>
    public static string ReadOrCreateSecret(string path, Func<string> create)
    {
        if (File.Exists(path))
            return File.ReadAllText(path).Trim();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            var secret = create();
            using (var writer = new StreamWriter(path, options))
                writer.Write(secret);
            return secret;
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }
    }
}
