using OneStop.Contracts;
using OneStop.Contracts.Guide;
using OneStop.Workflow;

namespace OneStop.Intake.Documents.Guide;

/// <summary>The fee of a utility's catalogue, as the guide shows it.</summary>
public static class Fees
{
    public static Fee For(UtilityKind utility, string catalogue) => (utility, catalogue) switch
    {
        (_, CatalogueKeys.ElectricityLowVoltageResidential) => new(0,
            "低压居民用户“三零”服务：供电企业投资到表，用户零投资 / Zero cost: the grid company invests up to and including the meter"),
        (_, CatalogueKeys.ElectricityLowVoltageNonResidential) => new(0,
            "160 千瓦及以下小微企业低压接入零投资 / Zero cost for small and micro enterprises connecting at low voltage up to 160 kW"),
        (UtilityKind.Electricity, _) => new(null,
            "按供电方案确定；省级及以上园区内投资界面延伸至用户红线 / Set by the supply plan; in provincial parks the grid invests up to the property line"),
        (UtilityKind.Network, _) => new(null, "以运营商公布的资费为准 / By the operator's published tariff"),
        _ => new(null, "按当地价格主管部门公布的收费标准，受理后出具明细 / By the local price authority's published schedule, itemised after acceptance"),
    };
}
