using Microsoft.AspNetCore.Authorization;
using OneStop.FrontDoor;
using OneStop.ServiceDefaults;
using OneStop.ServiceDefaults.Identity;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("onestop-gateway");
builder.AddSubmissionRateLimiting();
builder.AddFrontDoor();
// The gateway reads the token only to count submissions per user; every service authorizes for itself.
builder.Services.Configure<AuthorizationOptions>(options => options.FallbackPolicy = null);
builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseFrontDoor();
app.MapReverseProxy();
app.Run();
