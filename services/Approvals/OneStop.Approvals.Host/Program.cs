using OneStop.Approvals;
using OneStop.Messaging;
using OneStop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("onestop-approvals");
builder.AddApprovalsService();
builder.AddMessaging();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApprovalsService();
app.Run();
