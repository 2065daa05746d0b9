using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace OneStop.Fees;

public static class FeesRegistration
{
    /// <summary>
    /// The published schedules, once per process: those shipped with the binaries, replaced per utility and region by
    /// those in <c>Fees:Directory</c> (a Kubernetes ConfigMap, an operator's folder). A wrong schedule throws here, so
    /// the service does not start.
    /// </summary>
    public static WebApplicationBuilder AddFeeSchedules(this WebApplicationBuilder builder)
    {
        if (!builder.Services.Any(service => service.ServiceType == typeof(FeeSchedules)))
            builder.Services.AddSingleton(FeeSchedules.Load(builder.Configuration["Fees:Directory"] is { Length: > 0 } folder ? folder : null));
        return builder;
    }
}
