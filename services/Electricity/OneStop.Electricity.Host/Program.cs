using OneStop.Electricity;
using OneStop.Messaging;
using OneStop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("onestop-electricity");
builder.AddElectricityService();
builder.AddMessaging();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapElectricityService();
app.Run();
