namespace OneStop.ServiceDefaults.Identity;

/// <summary>The realm roles a token carries in its <c>roles</c> claim (the same names in Keycloak's realm).</summary>
public static class Roles
{
    /// <summary>申请人: an individual or an enterprise filing for itself.</summary>
    public const string Applicant = "applicant";
    /// <summary>窗口人员: a government service centre clerk filing for walk-in applicants.</summary>
    public const string Clerk = "clerk";
    /// <summary>公用事业单位经办人: works one utility's cases; the utility is in the <c>utility</c> claim.</summary>
    public const string Operator = "operator";
    /// <summary>公用事业单位督办人: watches one utility's queue and is told when its cases near or pass their deadlines.</summary>
    public const string Supervisor = "supervisor";
    /// <summary>审批部门经办人: decides joint external-works applications for one government department; the department is in the <c>department</c> claim.</summary>
    public const string Approver = "approver";
    /// <summary>监管部门: reads figures and progress, never personal data.</summary>
    public const string Regulator = "regulator";
    /// <summary>系统管理员: accounts and configuration (the holiday schedules among it).</summary>
    public const string Admin = "admin";

    public static readonly string[] All = [Applicant, Clerk, Operator, Supervisor, Approver, Regulator, Admin];
}
