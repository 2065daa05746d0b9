using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OneStop.Contracts.Approvals;
using OneStop.Identity.Accounts;

namespace OneStop.AllInOne;

public static class StartupBanner
{
    /// <summary>Listens on a fixed, documented address unless --urls or ASPNETCORE_URLS / ASPNETCORE_HTTP_PORTS says otherwise.</summary>
    public static void UseDefaultAddress(this WebApplicationBuilder builder, string address)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
            builder.WebHost.UseUrls(address);
    }

    public static void PrintWhereItListens(this WebApplication app, string dataDirectory) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var root = addresses.FirstOrDefault() ?? "http://localhost:5080";
            var accounts = app.Services.GetRequiredService<DemoAccounts>();
            var accountList = string.Join("\n", DemoAccounts.All.Select(a =>
                $"    {a.UserName,-25} {a.Role,-10} {a.Utility?.ToString().ToLowerInvariant() ?? DepartmentName(a.Department) ?? a.IdNumber ?? ""} {a.Name}"));
            Console.WriteLine($"""

                OneStop 电水气热网 一件事一次办 — all-in-one host is running / 已启动
                  portal / 门户网站:       {root}/   (sign in with an account below / 用下列账号登录)
                  listening on / 监听地址: {string.Join(", ", addresses)}
                  data folder / 数据目录:  {dataDirectory}
                  submit / 提交申请:       POST {root}/api/intake/applications
                  APIs / 接口:             {root}/api/intake | electricity | water | gas | heat | network | notifications
                  OpenAPI:                 {root}/openapi/intake.json (also electricity, water, gas, heat, network, notifications)
                  health / 健康检查:        {root}/health/ready
                  sign in / 登录:           POST {root}/realms/onestop/protocol/openid-connect/token
                                           grant_type=password&client_id=onestop-portal&username=…&password=…
                  demo accounts / 演示账号 (password / 密码: {accounts.Password}):
                {accountList}
                Press Ctrl+C to stop / 按 Ctrl+C 停止.

                """);
        });

    /// <summary>A department as its <c>department</c> claim carries it (urbanManagement, …).</summary>
    private static string? DepartmentName(Department? department) =>
        department?.Key();
}
