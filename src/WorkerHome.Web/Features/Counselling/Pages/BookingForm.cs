using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Counselling.Pages;

/// <summary>The booking form's fields (settable, for form binding); the handler gets a <see cref="BookingInput"/>.</summary>
public sealed class BookingForm
{
    [Required(ErrorMessage = "请填写化名")]
    [StringLength(CounsellingBooking.MaxAliasLength, ErrorMessage = "化名为 1 到 20 个字")]
    public string Alias { get; set; } = "";

    [Required(ErrorMessage = "请选择咨询主题")]
    public CounsellingTopic? Topic { get; set; }

    [StringLength(CounsellingBooking.MaxNoteLength, ErrorMessage = "留言不超过 500 字")]
    public string? Note { get; set; }

    [Required(ErrorMessage = "请选择联系方式")]
    public ContactPreference? ContactPreference { get; set; } = Counselling.ContactPreference.Message;

    [StringLength(20, ErrorMessage = "手机号格式不正确")]
    public string? ContactPhone { get; set; }

    [Range(typeof(bool), "true", "true", ErrorMessage = "请阅读并同意隐私说明")]
    public bool Consent { get; set; }

    public BookingInput ToInput() => new()
    {
        Alias = Alias, Topic = Topic, Note = Note, ContactPreference = ContactPreference, ContactPhone = ContactPhone, Consent = Consent,
    };
}
