using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace OneStop.Workflow;

public static class WorkflowRegistration
{
    /// <summary>The stage catalogues, with the regional configuration checked when the service starts.</summary>
    public static WebApplicationBuilder AddStageCatalogues(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WorkflowOptions>().BindConfiguration("Workflow").ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkflowOptions>, WorkflowOptionsValidator>());
        builder.Services.TryAddSingleton<StageCatalogues>();
        return builder;
    }
}
