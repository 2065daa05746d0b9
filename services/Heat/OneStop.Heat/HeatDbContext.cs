using Microsoft.EntityFrameworkCore;
using OneStop.UtilityKernel;

namespace OneStop.Heat;

public sealed class HeatDbContext(DbContextOptions<HeatDbContext> options) : UtilityDbContext<HeatDetails>(options);
