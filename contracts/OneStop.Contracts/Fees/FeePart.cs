using System.Text.Json.Serialization;

namespace OneStop.Contracts.Fees;

/// <summary>
/// Which part of the connection a fee item pays for. Zero-investment rules take whole parts off the applicant's bill:
/// the grid invests up to and including the meter, in a listed park up to the property red line, and so on.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<FeePart>))]
public enum FeePart
{
    /// <summary>外线工程: from the network to the property red line (建筑区划红线).</summary>
    ExternalLine,
    /// <summary>红线内接入工程: inside the property up to the meter.</summary>
    Connection,
    /// <summary>计量装置: the meter.</summary>
    Metering,
    /// <summary>A charge for the kind of supply itself, such as 高可靠性供电费 for a second source.</summary>
    Supply,
}
