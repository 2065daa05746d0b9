using OneStop.Contracts;
using OneStop.Validation;
using OneStop.Contracts.Intake;

namespace OneStop.Intake.Applications.Submit;

public static class SubmitApplicationValidator
{
    public static Dictionary<string, string[]> Validate(SubmitApplicationRequest request, TimeProvider clock)
    {
        var errors = new ValidationErrors();
        ValidateApplicant(request.Applicant, clock, errors);
        ValidateSite(request.Site, errors);
        ValidateUtilities(request.Utilities, errors);
        return errors.ToDictionary();
    }

    private static void ValidateApplicant(ApplicantInput? applicant, TimeProvider clock, ValidationErrors errors)
    {
        if (!errors.Required("applicant", applicant))
            return;
        errors.Length("applicant.name", applicant!.Name, 2, 100);
        errors.Length("applicant.contactName", applicant.ContactName, 2, 50);
        if (errors.Required("applicant.phone", applicant.Phone) && !MobilePhoneNumber.IsValid(applicant.Phone!.Trim()))
            errors.Add("applicant.phone", "不是有效的手机号码", "is not a valid mainland China mobile number");
        if (!string.IsNullOrWhiteSpace(applicant.Email) && !EmailAddress.IsValid(applicant.Email.Trim()))
            errors.Add("applicant.email", "不是有效的电子邮箱地址", "is not a valid e-mail address");

        if (!errors.Required("applicant.type", applicant.Type))
            return;
        var idNumber = Normalize(applicant.IdNumber);
        switch (ParseApplicantType(applicant.Type))
        {
            case ApplicantType.Individual:
                if (errors.Required("applicant.idNumber", idNumber) && !ResidentIdNumber.IsValid(idNumber, clock))
                    errors.Add("applicant.idNumber", "不是有效的居民身份证号码（18 位，校验位须正确）",
                        "is not a valid 18-character resident identity number (check the check digit)");
                break;
            case ApplicantType.Enterprise:
                if (errors.Required("applicant.idNumber", idNumber) && !UnifiedSocialCreditCode.IsValid(idNumber))
                    errors.Add("applicant.idNumber", "不是有效的统一社会信用代码（18 位，校验码须正确）",
                        "is not a valid 18-character unified social credit code (check the check character)");
                break;
            default:
                errors.Add("applicant.type", "应为 individual（个人）或 enterprise（企业）", "must be 'individual' or 'enterprise'");
                break;
        }
    }

    private static void ValidateSite(SiteInput? site, ValidationErrors errors)
    {
        if (!errors.Required("site", site))
            return;
        errors.Length("site.address", site!.Address, 5, 200);
        if (errors.Required("site.regionCode", site.RegionCode) && !AdministrativeDivisionCode.IsValid(site.RegionCode!.Trim()))
            errors.Add("site.regionCode", "应为 6 位行政区划代码", "must be a six-digit administrative division code (GB/T 2260)");
    }

    private static void ValidateUtilities(UtilitiesInput? utilities, ValidationErrors errors)
    {
        if (!errors.Required("utilities", utilities))
            return;
        foreach (var name in utilities!.Unknown?.Keys ?? Enumerable.Empty<string>())
            errors.Add($"utilities.{name}", "未知的公用事业，可选 electricity、water、gas、heat、network",
                "unknown utility; choose from electricity, water, gas, heat, network");
        if (utilities is { Electricity: null, Water: null, Gas: null, Heat: null, Network: null })
            errors.Add("utilities", "请至少选择一项公用事业", "choose at least one utility");

        if (utilities.Electricity is { } electricity)
        {
            errors.Range("utilities.electricity.capacityKw", electricity.CapacityKw, 1, 100_000, "kW");
            ValidateUsage("utilities.electricity.usage", electricity.Usage, errors);
            if (electricity.PowerSource is not null && ParsePowerSource(electricity.PowerSource) is null)
                errors.Add("utilities.electricity.powerSource", "电源应为 single（单电源）或 dual（双电源）", "must be 'single' or 'dual'");
        }
        if (utilities.Water is { } water)
        {
            errors.Range("utilities.water.pipeDiameterMm", water.PipeDiameterMm, 15, 1_000, "mm");
            ValidateUsage("utilities.water.usage", water.Usage, errors);
        }
        if (utilities.Gas is { } gas)
        {
            errors.Range("utilities.gas.peakLoadM3PerHour", gas.PeakLoadM3PerHour, 0.1m, 50_000, "m³/h");
            ValidateUsage("utilities.gas.usage", gas.Usage, errors);
        }
        if (utilities.Heat is { } heat)
            errors.Range("utilities.heat.heatedAreaM2", heat.HeatedAreaM2, 1, 2_000_000, "m²");
        if (utilities.Network is { } network)
            errors.Range("utilities.network.bandwidthMbps", network.BandwidthMbps, 1, 100_000, "Mbps");
    }

    private static void ValidateUsage(string field, string? usage, ValidationErrors errors)
    {
        if (errors.Required(field, usage) && ParseUsage(usage) is null)
            errors.Add(field, "用途应为 residential、commercial、industrial、agricultural 或 public",
                "must be residential, commercial, industrial, agricultural or public");
    }

    public static string Normalize(string? value) => (value ?? "").Trim().ToUpperInvariant();

    public static ApplicantType? ParseApplicantType(string? value) => EnumName.Parse<ApplicantType>(value);

    public static PowerSource? ParsePowerSource(string? value) => EnumName.Parse<PowerSource>(value);

    public static Usage? ParseUsage(string? value) => EnumName.Parse<Usage>(value);
}
