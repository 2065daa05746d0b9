using Microsoft.AspNetCore.Http;

namespace OneStop.ServiceDefaults;

public static class FormReading
{
    /// <summary>
    /// The form, or null if it cannot be parsed: broken multipart framing, a header or key over the reader's limits
    /// (InvalidDataException), a body that ends before its closing boundary (IOException). A body over the size limit
    /// still throws (BadHttpRequestException, which ProblemDetailsExceptionHandler answers with 413).
    /// </summary>
    public static async Task<IFormCollection?> ReadFormOrNullAsync(this HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException and not BadHttpRequestException)
        {
            return null;
        }
    }
}
