using System.Text.Json.Serialization;

namespace OneStop.Contracts.JointSteps;

/// <summary>A step the utilities of one application take together, on one visit to the site.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<JointStep>))]
public enum JointStep
{
    /// <summary>联合踏勘: one site survey for every utility that needs one.</summary>
    Survey,

    /// <summary>联合验收: one acceptance of the finished works, once every utility in it has come to its inspection stage.</summary>
    Acceptance,
}
