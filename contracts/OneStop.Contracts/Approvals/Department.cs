using System.Text.Json.Serialization;

namespace OneStop.Contracts.Approvals;

/// <summary>The government departments that approve joint external works (外线工程联合审批); camelCase on the wire and in the <c>department</c> claim.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Department>))]
public enum Department
{
    /// <summary>住建/城管: 挖掘城市道路许可 (road excavation).</summary>
    UrbanManagement,
    /// <summary>公安交管: 占用道路许可 (road occupation).</summary>
    TrafficPolice,
    /// <summary>园林绿化: 占用/迁移绿地许可 (green space).</summary>
    Greening,
    /// <summary>自然资源和规划: 管线规划许可 (planning).</summary>
    Planning,
}
