using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Counselling;

/// <summary>How a counselling talk takes place.</summary>
public enum CounsellingMode
{
    [Display(Name = "到站面谈")]
    InPerson = 1,

    [Display(Name = "电话")]
    Phone = 2,

    [Display(Name = "视频")]
    Video = 3,
}
