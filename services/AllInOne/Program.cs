using OneStop.AllInOne;
using OneStop.Electricity;
using OneStop.Gas;
using OneStop.Heat;
using OneStop.Intake;
using OneStop.Messaging;
using OneStop.Network;
using OneStop.Notification;
using OneStop.ServiceDefaults;
using OneStop.Water;

// Every service in one process: in-memory bus, SQLite files in the data folder, the gateway's URL map.
var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultAddress("http://localhost:5080");
builder.AddServiceDefaults("onestop-all-in-one");
builder.AddIntakeService()
    .AddElectricityService()
    .AddWaterService()
    .AddGasService()
    .AddHeatService()
    .AddNetworkService()
    .AddNotificationService()
    .AddMessaging();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapIntakeService()
    .MapElectricityService()
    .MapWaterService()
    .MapGasService()
    .MapHeatService()
    .MapNetworkService()
    .MapNotificationService();
app.PrintWhereItListens(ServiceDatabase.DataDirectory(builder));
app.Run();

public partial class Program;
