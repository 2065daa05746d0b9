using OneStop.Notification;
using OneStop.Messaging;
using OneStop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("onestop-notification");
builder.AddNotificationService();
builder.AddMessaging();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapNotificationService();
app.Run();
