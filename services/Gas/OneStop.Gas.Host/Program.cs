using OneStop.Gas;
using OneStop.Messaging;
using OneStop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("onestop-gas");
builder.AddGasService();
builder.AddMessaging();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGasService();
app.Run();
