using System.Security.Cryptography;

namespace OneStop.Intake.Applications.Submit;

/// <summary>
/// 受理编号 such as LH202611220123456789: "LH" (联合), the China-time date, ten random digits. Digits only, so that it
/// can be read out at a counter; random, so that it reveals nothing about volumes and needs no shared counter.
/// </summary>
public static class ApplicationNumber
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static string New(DateTimeOffset at) =>
        $"LH{at.ToOffset(ChinaStandardTime):yyyyMMdd}{RandomNumberGenerator.GetInt32(0, 100_000):D5}{RandomNumberGenerator.GetInt32(0, 100_000):D5}";
}
