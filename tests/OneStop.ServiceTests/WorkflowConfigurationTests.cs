using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests;

public sealed class WorkflowConfigurationTests
{
    [Fact]
    public async Task A_wrong_regional_stage_catalogue_stops_the_host_at_start_up_naming_the_setting()
    {
        await using var host = new MisconfiguredHost();

        var error = Assert.Throws<OptionsValidationException>(() => host.CreateClient());

        Assert.Contains("Workflow:Regions:33:sewage", error.Message);
    }

    private sealed class MisconfiguredHost : ServiceHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Workflow:Regions:33:sewage:Stages:0:Code", "acceptance");
        }
    }
}
