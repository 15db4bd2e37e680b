using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkerHome.Infrastructure.Files;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("StoredFiles", t =>
        {
            t.HasComment("上传的文件（申报材料、佐证照片、验收材料）");
            t.HasCheckConstraint("CK_StoredFiles_Length", $"\"Length\" BETWEEN 1 AND {Uploads.MaxBytes}");
        });
        builder.Property(f => f.FileName).HasMaxLength(Uploads.MaxFileNameLength);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
    }
}
