using OneStop.Intake;
using OneStop.Messaging;
using OneStop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("onestop-intake");
builder.AddIntakeService();
builder.AddMessaging();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapIntakeService();
app.Run();
