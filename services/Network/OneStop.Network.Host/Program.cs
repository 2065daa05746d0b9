using OneStop.Network;
using OneStop.Messaging;
using OneStop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("onestop-network");
builder.AddNetworkService();
builder.AddMessaging();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapNetworkService();
app.Run();
