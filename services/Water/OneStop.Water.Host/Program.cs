using OneStop.Water;
using OneStop.Messaging;
using OneStop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("onestop-water");
builder.AddWaterService();
builder.AddMessaging();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapWaterService();
app.Run();
