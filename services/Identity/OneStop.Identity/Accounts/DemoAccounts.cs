using System.Security.Cryptography;
using System.Text;
using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.ServiceDefaults;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Identity.Accounts;

/// <summary>
/// One account per role (two individual applicants, so that one can try to read the other's applications), the
/// same users as the Keycloak realm in deploy/keycloak. They share one password: <c>Identity:DemoPassword</c>, or one
/// generated on first start into the data folder and printed at start-up — never a password in the repository.
/// </summary>
public sealed class DemoAccounts
{
    public static readonly IReadOnlyList<Account> All =
    [
        new("zhangsan", "张三", Roles.Applicant, IdNumber: "33010619900101123X"),
        new("lisi", "李四", Roles.Applicant, IdNumber: "330106198506152340"),
        new("hz-tech", "杭州示例科技有限公司", Roles.Applicant, IdNumber: "91350100M000100Y43"),
        new("clerk", "王芳", Roles.Clerk),
        new("electricity-operator", "供电公司经办人", Roles.Operator, UtilityKind.Electricity),
        new("water-operator", "供水公司经办人", Roles.Operator, UtilityKind.Water),
        new("gas-operator", "燃气公司经办人", Roles.Operator, UtilityKind.Gas),
        new("heat-operator", "供热公司经办人", Roles.Operator, UtilityKind.Heat),
        new("network-operator", "通信运营商经办人", Roles.Operator, UtilityKind.Network),
        new("electricity-supervisor", "供电公司督办人", Roles.Supervisor, UtilityKind.Electricity),
        new("water-supervisor", "供水公司督办人", Roles.Supervisor, UtilityKind.Water),
        new("gas-supervisor", "燃气公司督办人", Roles.Supervisor, UtilityKind.Gas),
        new("heat-supervisor", "供热公司督办人", Roles.Supervisor, UtilityKind.Heat),
        new("network-supervisor", "通信运营商督办人", Roles.Supervisor, UtilityKind.Network),
        new("urban-management-approver", "住建城管审批人", Roles.Approver, Department: Department.UrbanManagement),
        new("traffic-police-approver", "公安交管审批人", Roles.Approver, Department: Department.TrafficPolice),
        new("greening-approver", "园林绿化审批人", Roles.Approver, Department: Department.Greening),
        new("planning-approver", "规划审批人", Roles.Approver, Department: Department.Planning),
        new("regulator", "监管人员", Roles.Regulator),
        new("admin", "系统管理员", Roles.Admin),
    ];

    public DemoAccounts(string password) => Password = password;

    /// <summary>Printed at start-up by the all-in-one host, so that a newcomer can sign in.</summary>
    public string Password { get; }

    public static string PasswordFile(string dataDirectory) => Path.Combine(dataDirectory, "identity", "demo-password");

    public static string LoadOrCreatePassword(string? configured, string dataDirectory) =>
        string.IsNullOrWhiteSpace(configured)
            ? DataDirectory.ReadOrCreateSecret(PasswordFile(dataDirectory), () => RandomNumberGenerator.GetHexString(16, lowercase: true))
            : configured;

    public Account? SignIn(string? userName, string? candidate)
    {
        var account = All.SingleOrDefault(a => a.UserName == userName);
        // Compare even for an unknown user, so that timing does not tell which user names exist.
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Password), Encoding.UTF8.GetBytes(candidate ?? ""));
        return matches ? account : null;
    }
}
