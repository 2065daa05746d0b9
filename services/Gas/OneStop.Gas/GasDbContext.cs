using Microsoft.EntityFrameworkCore;
using OneStop.UtilityKernel;

namespace OneStop.Gas;

public sealed class GasDbContext(DbContextOptions<GasDbContext> options) : UtilityDbContext<GasDetails>(options);
