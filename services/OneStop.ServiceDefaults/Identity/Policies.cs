using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Contracts;

namespace OneStop.ServiceDefaults.Identity;

/// <summary>
/// The role table of the platform as named policies. Every endpoint names one (or AllowAnonymous); the role × endpoint
/// test fails for an endpoint that does not. Whose resource it is (404, not 403) is decided in the endpoint itself.
/// </summary>
public static class Policies
{
    public const string FileApplications = "file-applications";
    public const string ReadApplications = "read-applications";
    public const string ListApplications = "list-applications";
    public const string SearchByIdNumber = "search-by-id-number";
    public const string ReadNotifications = "read-notifications";
    public const string ReadAuditLog = "read-audit-log";
    public const string ManageAccounts = "manage-accounts";
    public const string ManageCalendars = "manage-calendars";
    public const string ReadInbox = "read-inbox";
    public const string ReadDocuments = "read-documents";
    public const string OperateNotifications = "operate-notifications";
    /// <summary>Reading and replaying a service's dead letters (messages that could not be published): administrators.</summary>
    public const string OperateMessaging = "operate-messaging";
    /// <summary>An applicant acting on what is its own alone: its wallet, its notification preferences.</summary>
    public const string ApplicantOwn = "applicant-own";
    /// <summary>Reading joint external-works approvals: the departments, the utilities sharing the trench (checked per approval), regulators.</summary>
    public const string ReadExternalWorks = "read-external-works";
    /// <summary>Deciding a department's review of a joint external-works approval: that department's approvers.</summary>
    public const string DecideExternalWorks = "decide-external-works";
    /// <summary>Answering a department or filing a revised route: the operators of a utility sharing the trench.</summary>
    public const string FileExternalWorks = "file-external-works";

    public static string ReadUtilityCases(UtilityKind utility) => $"read-utility-cases:{utility.ToString().ToLowerInvariant()}";

    /// <summary>Acting on a utility's cases (accept, reject, corrections, stages) is its operators' job alone.</summary>
    public static string WorkUtilityCases(UtilityKind utility) => $"work-utility-cases:{utility.ToString().ToLowerInvariant()}";

    /// <summary>Assigning a case to one of a utility's operators is its supervisors' job.</summary>
    public static string AssignUtilityCases(UtilityKind utility) => $"assign-utility-cases:{utility.ToString().ToLowerInvariant()}";

    public static string ReadUtilityAuditLog(UtilityKind utility) => $"read-audit-log:{utility.ToString().ToLowerInvariant()}";

    internal static void Add(AuthorizationBuilder authorization)
    {
        // An endpoint that forgot its policy still needs a signed-in user.
        authorization.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(FileApplications, policy => policy.RequireRole(Roles.Applicant, Roles.Clerk))
            .AddPolicy(ReadApplications, policy => policy.RequireRole(Roles.Applicant, Roles.Clerk, Roles.Operator, Roles.Regulator))
            .AddPolicy(ListApplications, policy => policy.RequireRole(Roles.Applicant, Roles.Clerk, Roles.Regulator))
            .AddPolicy(SearchByIdNumber, policy => policy.RequireRole(Roles.Clerk))
            .AddPolicy(ReadNotifications, policy => policy.RequireRole(Roles.Applicant, Roles.Clerk))
            .AddPolicy(ReadAuditLog, policy => policy.RequireRole(Roles.Regulator, Roles.Admin))
            .AddPolicy(ManageAccounts, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(ManageCalendars, policy => policy.RequireRole(Roles.Admin))
            // Everyone signed in has an inbox, if only an empty one.
            .AddPolicy(ReadInbox, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(OperateNotifications, policy => policy.RequireRole(Roles.Admin))

            .AddPolicy(OperateMessaging, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(ReadDocuments, policy => policy.RequireRole(Roles.Applicant, Roles.Clerk, Roles.Operator))
            .AddPolicy(ApplicantOwn, policy => policy.RequireRole(Roles.Applicant))
            .AddPolicy(ReadExternalWorks, policy => policy.RequireRole(Roles.Approver, Roles.Operator, Roles.Supervisor, Roles.Regulator))
            .AddPolicy(DecideExternalWorks, policy => policy.RequireAssertion(context => CurrentUser.From(context.User) is { Department: not null } user
                && user.IsIn(Roles.Approver)))
            .AddPolicy(FileExternalWorks, policy => policy.RequireAssertion(context => CurrentUser.From(context.User) is { Utility: not null } user
                && user.IsIn(Roles.Operator)));
        foreach (var utility in Enum.GetValues<UtilityKind>())
        {
            authorization.AddPolicy(ReadUtilityCases(utility), policy => policy.RequireAssertion(context =>
                CurrentUser.From(context.User) is var user && (user.IsOperatorOf(utility) || user.IsSupervisorOf(utility) || user.IsIn(Roles.Regulator))));
            authorization.AddPolicy(WorkUtilityCases(utility), policy => policy.RequireAssertion(context => CurrentUser.From(context.User).IsOperatorOf(utility)));
            authorization.AddPolicy(AssignUtilityCases(utility), policy => policy.RequireAssertion(context => CurrentUser.From(context.User).IsSupervisorOf(utility)));
            authorization.AddPolicy(ReadUtilityAuditLog(utility), policy => policy.RequireAssertion(context =>
                CurrentUser.From(context.User) is var user
                && (user.IsOperatorOf(utility) || user.IsSupervisorOf(utility) || user.IsIn(Roles.Regulator) || user.IsIn(Roles.Admin))));
        }
    }
}
