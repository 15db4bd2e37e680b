using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Sites;

public static class SitesProblems
{
    public static readonly AppProblem NotFound = new("site_not_found", "未找到该阵地", 404);
    public static readonly AppProblem OutOfScope = new("site_out_of_scope", "该阵地不在您的管理范围内", 403);
    public static readonly AppProblem NameTaken = new("site_name_taken", "同一工会下已有同名阵地", 409);
    public static readonly AppProblem VersionRequired = CommonProblems.Field("version", "请提供编辑时的版本号 version，以免覆盖他人的修改");
    public static readonly AppProblem FunctionAreaNotFound = new("function_area_not_found", "未找到该功能区", 404);
    public static readonly AppProblem FunctionAreaNameTaken = new("function_area_name_taken", "已有同名或同代码的功能区", 409);
    public static readonly AppProblem ImportFileInvalid = new("import_file_invalid", "导入文件无效", 400);
    public static readonly AppProblem ImportRejected = new("import_rejected", "导入文件有错误，未导入任何数据", 400);
}
