using OneStop.AllInOne;
using OneStop.Approvals;
using OneStop.Electricity;
using OneStop.FrontDoor;
using OneStop.Gas;
using OneStop.Heat;
using OneStop.Identity;
using OneStop.Intake;
using OneStop.Messaging;
using OneStop.Network;
using OneStop.Notification;
using OneStop.Portal;
using OneStop.ServiceDefaults;
using OneStop.ServiceDefaults.Identity;
using OneStop.Water;

// Every service in one process: in-memory bus, SQLite files in the data folder, the built-in token issuer, the
// gateway's URL map, submission rate limits and sign-in throttle, and the portal at the root.
var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultAddress("http://localhost:5080");
builder.AddServiceDefaults("onestop-all-in-one");
builder.AddSubmissionRateLimiting();
builder.AddIdentityService()
    .AddIntakeService()
    .AddElectricityService()
    .AddWaterService()
    .AddGasService()
    .AddHeatService()
    .AddNetworkService()
    .AddNotificationService()
    .AddApprovalsService()
    .AddMessaging();
builder.AddPortal();
builder.AddFrontDoor();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseFrontDoor();
app.MapIdentityService()
    .MapIntakeService()
    .MapElectricityService()
    .MapWaterService()
    .MapGasService()
    .MapHeatService()
    .MapNetworkService()
    .MapNotificationService()
    .MapApprovalsService()
    .MapPortal();
app.PrintWhereItListens(DataDirectory.Of(builder.Configuration, builder.Environment));
app.Run();

public partial class Program;
