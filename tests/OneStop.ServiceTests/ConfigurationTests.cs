using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests;

/// <summary>A wrong setting stops the host at start-up, naming the setting, rather than failing requests later.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task A_wrong_regional_stage_catalogue_stops_the_host_at_start_up_naming_the_setting()
    {
        await using var host = new MisconfiguredHost(("Workflow:Regions:33:sewage:Stages:0:Code", "acceptance"));

        var error = Assert.Throws<OptionsValidationException>(() => host.CreateClient());

        Assert.Contains("Workflow:Regions:33:sewage", error.Message);
    }

    [Fact]
    public async Task A_document_requirement_without_a_legal_basis_stops_the_host_at_start_up()
    {
        await using var host = new MisconfiguredHost(("Documents:Requirements:0:Utility", "Water"), ("Documents:Requirements:0:Document", "load-list"));

        var error = Assert.Throws<OptionsValidationException>(() => host.CreateClient());

        Assert.Contains("Documents:Requirements:0:LegalBasis", error.Message);
    }

    [Fact]
    public async Task A_certificate_service_without_its_credentials_stops_the_host_at_start_up()
    {
        await using var host = new MisconfiguredHost(("Certificates:Endpoint", "https://data.example.gov.cn/api/"));

        var error = Assert.Throws<InvalidOperationException>(() => host.CreateClient());

        Assert.Contains("Certificates:AppId", error.Message);
    }

    [Fact]
    public async Task A_broken_notification_template_stops_the_host_at_start_up_naming_the_file()
    {
        var templates = Directory.CreateTempSubdirectory("onestop-templates-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(templates, "received.zh-CN.txt"), "{company}已收到\n申请 {applicationNumber}，预计 {deadline} 完成",
                TestContext.Current.CancellationToken);
            await using var host = new MisconfiguredHost(("Notification:TemplateDirectory", templates));

            var error = Assert.Throws<InvalidOperationException>(() => host.CreateClient());

            Assert.Contains("received.zh-CN.txt: unknown placeholder {deadline}", error.Message);
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
        }
    }

    private sealed class MisconfiguredHost(params (string Key, string Value)[] settings) : ServiceHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
        }
    }
}
