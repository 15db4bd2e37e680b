using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Account;
using WorkerHome.Features.Regions;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Data;

/// <summary>
/// The one database of the platform. Each room contributes its entities and mapping; this class only lists
/// them. Provider-specific subclasses (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>)
/// exist so each provider keeps its own migrations (see docs/adr/0001).
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityUserContext<AppUser, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Union> Unions => Set<Union>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<FunctionArea> FunctionAreas => Set<FunctionArea>();
    public DbSet<OperationLog> OperationLogs => Set<OperationLog>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new RegionConfiguration());
        builder.ApplyConfiguration(new UnionConfiguration());
        builder.ApplyConfiguration(new AppUserConfiguration());
        builder.ApplyConfiguration(new RoleGrantConfiguration());
        builder.ApplyConfiguration(new SiteConfiguration());
        builder.ApplyConfiguration(new FunctionAreaConfiguration());
        builder.ApplyConfiguration(new OperationLogConfiguration());
    }
}
