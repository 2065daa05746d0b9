using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Approvals;
using OneStop.Electricity;
using OneStop.Gas;
using OneStop.Heat;
using OneStop.Intake;
using OneStop.Network;
using OneStop.Notification;
using OneStop.ServiceTests.Infrastructure;
using OneStop.Water;

namespace OneStop.ServiceTests;

/// <summary>
/// What SQLite lets pass and PostgreSQL refuses: an enum stored by name in a column too short for its longest name
/// ("AwaitingCustomerWorks" in 20 characters once stopped intake on PostgreSQL only).
/// </summary>
public sealed class SchemaTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    public static TheoryData<string> Databases => new(ContextTypes.Keys);

    private static readonly Dictionary<string, Type> ContextTypes = new()
    {
        ["intake"] = typeof(IntakeDbContext),
        ["electricity"] = typeof(ElectricityDbContext),
        ["water"] = typeof(WaterDbContext),
        ["gas"] = typeof(GasDbContext),
        ["heat"] = typeof(HeatDbContext),
        ["network"] = typeof(NetworkDbContext),
        ["notification"] = typeof(NotificationDbContext),
        ["approvals"] = typeof(ApprovalsDbContext),
    };

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Every_enum_stored_by_name_fits_its_column(string service)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var model = ((DbContext)scope.ServiceProvider.GetRequiredService(ContextTypes[service])).Model;

        var tooShort = model.GetEntityTypes().SelectMany(PropertiesOf)
            .Select(property => (property, type: Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType))
            .Where(p => p.type.IsEnum && p.property.GetMaxLength() is { } max && Enum.GetNames(p.type).Max(name => name.Length) > max)
            .Select(p => $"{p.property.DeclaringType.DisplayName()}.{p.property.Name} ({p.property.GetMaxLength()})");

        Assert.Empty(tooShort);
    }

    private static IEnumerable<IProperty> PropertiesOf(ITypeBase type) =>
        type.GetProperties().Concat(type.GetComplexProperties().SelectMany(complex => PropertiesOf(complex.ComplexType)));
}
