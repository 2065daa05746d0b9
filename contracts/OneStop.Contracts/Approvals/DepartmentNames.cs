using System.Text.Json;

namespace OneStop.Contracts.Approvals;

/// <summary>How applicants call each approving department, in Chinese and in English.</summary>
public static class DepartmentNames
{
    /// <summary>The name a token's <c>department</c> claim and the wire use: urbanManagement, trafficPolice, greening, planning.</summary>
    public static string Key(this Department department) => JsonNamingPolicy.CamelCase.ConvertName(department.ToString());

    public static string Chinese(this Department department) => department switch
    {
        Department.UrbanManagement => "住建城管部门",
        Department.TrafficPolice => "公安交管部门",
        Department.Greening => "园林绿化部门",
        Department.Planning => "规划部门",
        _ => throw new ArgumentOutOfRangeException(nameof(department), department, null),
    };

    public static string English(this Department department) => department switch
    {
        Department.UrbanManagement => "Urban management (road excavation)",
        Department.TrafficPolice => "Traffic police (road occupation)",
        Department.Greening => "Greening (green space)",
        Department.Planning => "Planning",
        _ => throw new ArgumentOutOfRangeException(nameof(department), department, null),
    };
}
