using OneStop.Heat;
using OneStop.Messaging;
using OneStop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("onestop-heat");
builder.AddHeatService();
builder.AddMessaging();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapHeatService();
app.Run();
