using Microsoft.EntityFrameworkCore;
using OneStop.UtilityKernel;

namespace OneStop.Electricity;

public sealed class ElectricityDbContext(DbContextOptions<ElectricityDbContext> options) : UtilityDbContext<ElectricityDetails>(options);
