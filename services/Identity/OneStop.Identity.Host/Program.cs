using OneStop.Identity;
using OneStop.ServiceDefaults;

// The built-in issuer on its own, for running the services as plain processes without Keycloak (and for the tests).
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("onestop-identity");
builder.AddIdentityService();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapIdentityService();
app.Run();
