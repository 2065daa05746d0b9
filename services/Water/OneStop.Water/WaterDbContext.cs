using Microsoft.EntityFrameworkCore;
using OneStop.UtilityKernel;

namespace OneStop.Water;

public sealed class WaterDbContext(DbContextOptions<WaterDbContext> options) : UtilityDbContext<WaterDetails>(options);
