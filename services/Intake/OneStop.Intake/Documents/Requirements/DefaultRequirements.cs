using OneStop.Contracts;
using OneStop.Workflow;
using static OneStop.Contracts.UtilityKind;

namespace OneStop.Intake.Documents.Requirements;

/// <summary>
/// What each utility needs by default: who the applicant is and its right to the site, fetched from electronic
/// certificates; for electricity beyond a household, the loads (and for high voltage the site plan); for gas beyond a
/// household, the appliances. The real-estate certificate and the lists may follow on a commitment (容缺受理).
/// </summary>
public static class DefaultRequirements
{
    private static readonly Dictionary<UtilityKind, string> Basis = new()
    {
        [Electricity] = "《供电营业规则》（国家发展改革委令 2024 年第 14 号）关于用电申请资料的规定 / Electricity Supply Business Rules (NDRC Order No. 14 of 2024), application documents",
        [Water] = "《城镇供水条例》（国务院令第 158 号） / Urban Water Supply Regulations (State Council Decree No. 158)",
        [Gas] = "《城镇燃气管理条例》（国务院令第 583 号） / Urban Gas Regulations (State Council Decree No. 583)",
        [Heat] = "《城镇供热服务》（GB/T 33833-2017） / Urban heating service (GB/T 33833-2017)",
        [Network] = "《中华人民共和国网络安全法》第二十四条（网络接入实名） / Cybersecurity Law, article 24 (real identity for network access)",
    };

    private static readonly Dictionary<UtilityKind, string> LastStage = new()
    {
        [Electricity] = "metering-energising", [Water] = "inspection-turn-on", [Gas] = "inspection-turn-on", [Heat] = "inspection-turn-on",
    };

    private static readonly string[] HighVoltage = [CatalogueKeys.ElectricityHighVoltageSingleSource, CatalogueKeys.ElectricityHighVoltageDualSource];

    public static IReadOnlyList<DocumentRequirement> All { get; } = Build().ToList();

    private static IEnumerable<DocumentRequirement> Build()
    {
        foreach (var utility in Enum.GetValues<UtilityKind>())
        {
            yield return new() { Utility = utility, Document = DocumentKind.ResidentId.Code, ApplicantTypes = [ApplicantType.Individual], LegalBasis = Basis[utility] };
            yield return new() { Utility = utility, Document = DocumentKind.BusinessLicence.Code, ApplicantTypes = [ApplicantType.Enterprise], LegalBasis = Basis[utility] };
            if (LastStage.TryGetValue(utility, out var lastStage))
                yield return new()
                {
                    Utility = utility, Document = DocumentKind.PropertyCertificate.Code, LegalBasis = Basis[utility],
                    CommitmentWorkingDays = 15, BeforeStage = lastStage,
                };
        }
        yield return new()
        {
            Utility = Electricity, Document = DocumentKind.LoadList.Code, Catalogues = [CatalogueKeys.ElectricityLowVoltageNonResidential],
            LegalBasis = Basis[Electricity], CommitmentWorkingDays = 5, BeforeStage = "metering-energising",
        };
        yield return new()
        {
            Utility = Electricity, Document = DocumentKind.LoadList.Code, Catalogues = [.. HighVoltage],
            LegalBasis = Basis[Electricity], CommitmentWorkingDays = 5, BeforeStage = "supply-plan",
        };
        yield return new() { Utility = Electricity, Document = DocumentKind.SitePlan.Code, Catalogues = [.. HighVoltage], LegalBasis = Basis[Electricity] };
        yield return new()
        {
            Utility = Gas, Document = DocumentKind.GasApplianceList.Code, Usages = [Usage.Commercial, Usage.Industrial, Usage.Public],
            LegalBasis = Basis[Gas], CommitmentWorkingDays = 10, BeforeStage = "inspection-turn-on",
        };
    }
}
