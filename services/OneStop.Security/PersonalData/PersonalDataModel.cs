using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OneStop.Security.PersonalData;

/// <summary>Marks columns that hold personal data: the entity keeps the clear value, the database only ciphertext.</summary>
public static class PersonalDataModel
{
    public static PropertyBuilder<string> IsPersonalData(this PropertyBuilder<string> property, DbContext context)
    {
        var protector = context.PersonalData();
        return property.HasConversion(value => protector.Protect(value), stored => protector.Unprotect(stored));
    }

    public static ComplexTypePropertyBuilder<string> IsPersonalData(this ComplexTypePropertyBuilder<string> property, DbContext context)
    {
        var protector = context.PersonalData();
        return property.HasConversion(value => protector.Protect(value), stored => protector.Unprotect(stored));
    }

    /// <summary>The protector registered by the service database (resolved through EF from the application's services).</summary>
    public static PersonalDataProtector PersonalData(this DbContext context) => context.GetService<PersonalDataProtector>();
}

/// <summary>
/// EF caches a model per context type, and the model holds the encryption converters: two hosts with different keys
/// in one process (the tests do this) must not share one model.
/// </summary>
public sealed class PersonalDataModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => (context.GetType(), designTime, context.PersonalData().KeyId);
}
