namespace OneStop.Validation;

internal static class Masking
{
    // Personal-data masking must never leak the whole value: if nothing would be hidden,
    // hide everything instead of throwing in a logging or display path.
    public static string KeepEnds(string value, int head, int tail)
    {
        ArgumentNullException.ThrowIfNull(value);

        if (value.Length <= head + tail)
        {
            return new string('*', value.Length);
        }

        return string.Concat(
            value.AsSpan(0, head),
            new string('*', value.Length - head - tail),
            value.AsSpan(value.Length - tail));
    }
}
