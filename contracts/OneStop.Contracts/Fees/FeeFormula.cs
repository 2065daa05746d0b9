using System.Text.Json.Serialization;

namespace OneStop.Contracts.Fees;

/// <summary>How a fee item's amount follows from the case: a fixed sum, or a rate times one measured quantity.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<FeeFormula>))]
public enum FeeFormula
{
    /// <summary>The rate once.</summary>
    Fixed,
    /// <summary>Per kW (kVA for high voltage) of the capacity applied for; electricity only.</summary>
    PerKw,
    /// <summary>Per mm of the pipe's nominal diameter; water only.</summary>
    PerMmDiameter,
    /// <summary>Per metre of external line, as the joint survey measured it.</summary>
    PerMetre,
    /// <summary>Per m² heated; heat only.</summary>
    PerM2,
}
