using OneStop.Contracts;
using OneStop.Contracts.JointSteps;

namespace OneStop.Workflow;

/// <summary>
/// The stages and limits of DOMAIN.md, used where a region configures nothing of its own. Where the published figure is a
/// total (low voltage: residents ≤2, others ≤10 working days; water, gas, heat ≤3), acceptance takes one working day and
/// the last stage the rest. High voltage: supply plan ≤15 (single source) or ≤30 (dual) working days; inspection and
/// energising ≤5 working days after the customer's works, split 3 + 2. Network has no published figure: it follows
/// water's ≤3 until its operator commits to one. Water, gas and heat survey the site in their first stage, high voltage
/// before its supply plan (联合踏勘); low voltage fits the meter without one, and so does the network operator. The same
/// four inspect the customer's finished works together (联合验收): water, gas and heat in the stage that turns the supply
/// on, high voltage in its completion inspection; each such stage starts when the customer declares its works complete.
/// </summary>
public static class DefaultCatalogues
{
    private static readonly StageDefinition Acceptance = new("acceptance", "业务受理", "Application accepted", 1);

    public static readonly IReadOnlyList<StageCatalogue> All =
    [
        new(CatalogueKeys.ElectricityLowVoltageResidential,
            [Acceptance, new("metering-energising", "装表接电", "Meter installed and energised", 1)]),
        new(CatalogueKeys.ElectricityLowVoltageNonResidential,
            [Acceptance, new("metering-energising", "装表接电", "Meter installed and energised", 9)]),
        HighVoltage(CatalogueKeys.ElectricityHighVoltageSingleSource, supplyPlanDays: 15),
        HighVoltage(CatalogueKeys.ElectricityHighVoltageDualSource, supplyPlanDays: 30),
        SurveyAndTurnOn(CatalogueKeys.Water),
        SurveyAndTurnOn(CatalogueKeys.Gas),
        SurveyAndTurnOn(CatalogueKeys.Heat),
        new(CatalogueKeys.Network,
            [Acceptance, new("installation-turn-on", "装机开通", "Installed and switched on", 2)]),
    ];

    private static StageCatalogue HighVoltage(string key, double supplyPlanDays) => new(key,
    [
        new("acceptance", "申请受理", "Application accepted", 1),
        new("supply-plan", "供电方案答复", "Supply plan replied", supplyPlanDays, Joint: JointStep.Survey),
        new("completion-inspection", "竣工检验", "Completion inspection", 3, AwaitsCustomerWorks: true, Joint: JointStep.Acceptance),
        new("metering-energising", "装表接电", "Meter installed and energised", 2),
    ]);

    private static StageCatalogue SurveyAndTurnOn(string key) => new(key,
    [
        new("acceptance-survey", "受理勘查", "Accepted and surveyed", 1, Joint: JointStep.Survey),
        new("inspection-turn-on", "验收开通", "Inspected and turned on", 2, AwaitsCustomerWorks: true, Joint: JointStep.Acceptance),
    ]);
}
