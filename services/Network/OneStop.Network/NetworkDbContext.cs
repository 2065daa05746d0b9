using Microsoft.EntityFrameworkCore;
using OneStop.UtilityKernel;

namespace OneStop.Network;

public sealed class NetworkDbContext(DbContextOptions<NetworkDbContext> options) : UtilityDbContext<NetworkDetails>(options);
