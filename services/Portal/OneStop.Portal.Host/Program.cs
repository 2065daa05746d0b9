using OneStop.Portal;
using OneStop.ServiceDefaults;

// The portal on its own, behind the gateway, calling the services through the gateway (Portal__ApiBaseAddress).
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("onestop-portal");
builder.AddPortal();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapPortal();
app.Run();
