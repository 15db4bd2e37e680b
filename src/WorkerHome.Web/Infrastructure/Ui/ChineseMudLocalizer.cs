using Microsoft.Extensions.Localization;
using MudBlazor;

namespace WorkerHome.Infrastructure.Ui;

/// <summary>MudBlazor's built-in texts (pager, grid, upload) in Chinese.</summary>
internal sealed class ChineseMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["MudDataGridPager_RowsPerPage"] = "每页",
        ["MudDataGridPager_InfoFormat"] = "{0}-{1}，共 {2} 条",
        ["MudDataGridPager_AllItems"] = "全部",
        ["MudDataGridPager_FirstPage"] = "第一页",
        ["MudDataGridPager_LastPage"] = "最后一页",
        ["MudDataGridPager_NextPage"] = "下一页",
        ["MudDataGridPager_PreviousPage"] = "上一页",
        ["MudDataGrid_Loading"] = "加载中…",
        ["MudDataGrid_Sort"] = "排序",
        ["MudDataGrid_Unsort"] = "取消排序",
        ["MudDataGrid_RefreshData"] = "刷新",
        ["MudDataGrid_Columns"] = "列",
        ["MudDataGrid_Hide"] = "隐藏",
        ["MudDataGrid_ShowAll"] = "显示全部",
        ["MudDataGrid_HideAll"] = "隐藏全部",
        ["MudDataGrid_Filter"] = "筛选",
        ["MudDataGrid_Apply"] = "应用",
        ["MudDataGrid_Cancel"] = "取消",
        ["MudDataGrid_Clear"] = "清除",
        ["MudDataGrid_Save"] = "保存",
        ["MudTablePager_FirstPage"] = "第一页",
        ["MudTablePager_LastPage"] = "最后一页",
        ["MudTablePager_NextPage"] = "下一页",
        ["MudTablePager_PreviousPage"] = "上一页",
        ["MudTable_Loading"] = "加载中…",
        ["MudPagination_FirstPage"] = "第一页",
        ["MudPagination_LastPage"] = "最后一页",
        ["MudPagination_NextPage"] = "下一页",
        ["MudPagination_PreviousPage"] = "上一页",
        ["MudPagination_CurrentPage"] = "当前页",
        ["MudFileUpload_Button"] = "选择文件",
        ["MudFileUpload_DragAndDrop"] = "拖放文件到这里",
        ["MudFileUpload_FileSizeError"] = "文件过大",
        ["MudDialog_Close"] = "关闭",
        ["MudSnackbar_Close"] = "关闭",
        ["MudAlert_Close"] = "关闭",
        ["MudChip_Close"] = "移除",
        ["MudInput_Clear"] = "清除",
        ["MudInput_Increment"] = "增加",
        ["MudInput_Decrement"] = "减少",
        ["MudSelect_SelectAll"] = "全选",
        ["MudFormComponent_Required"] = "必填",
        ["MudNavGroup_ToggleExpand"] = "展开或收起",
        ["MudTreeView_ExpandItem"] = "展开",
        ["MudTreeView_CollapseItem"] = "收起",
        ["MudBaseDatePicker_Open"] = "打开日期选择",
        ["MudTimePicker_Open"] = "打开时间选择",
    };

    public override LocalizedString this[string key] =>
        Texts.TryGetValue(key, out var text) ? new LocalizedString(key, text) : base[key];
}
