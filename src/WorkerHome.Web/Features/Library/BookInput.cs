using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Library;

/// <summary>A title as the reading room's staff enter it.</summary>
public sealed record BookInput
{
    /// <summary>The site whose reading room holds it.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "请选择阵地")]
    public int SiteId { get; set; }

    /// <summary>Title.</summary>
    [Required(ErrorMessage = "请填写书名")]
    [StringLength(120, ErrorMessage = "书名不能超过120个字")]
    public string Title { get; set; } = "";

    /// <summary>Author(s).</summary>
    [Required(ErrorMessage = "请填写作者")]
    [StringLength(80, ErrorMessage = "作者不能超过80个字")]
    public string Author { get; set; } = "";

    /// <summary>Publisher.</summary>
    [StringLength(80, ErrorMessage = "出版社不能超过80个字")]
    public string? Publisher { get; set; }

    /// <summary>ISBN-13 or ISBN-10 (check digit verified; hyphens allowed).</summary>
    [StringLength(20, ErrorMessage = "ISBN 格式不正确")]
    public string? Isbn { get; set; }

    /// <summary>Shelf category.</summary>
    [Required(ErrorMessage = "请选择分类")]
    public BookCategory? Category { get; set; }

    /// <summary>Copies on the shelf.</summary>
    [Range(1, 999, ErrorMessage = "册数应在 1 到 999 之间")]
    public int Copies { get; set; } = 1;

    /// <summary>Shelf mark (架位), e.g. A-03.</summary>
    [StringLength(20, ErrorMessage = "架位不能超过20个字")]
    public string? ShelfMark { get; set; }

    /// <summary>Whether it can be borrowed.</summary>
    public bool Active { get; set; } = true;
}
