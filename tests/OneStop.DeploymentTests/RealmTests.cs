using System.Text.Json.Nodes;

namespace OneStop.DeploymentTests;

/// <summary>The Keycloak realm that compose and Kubernetes import: roles, the portal client's token claims, demo users.</summary>
public sealed class RealmTests
{
    private static readonly string[] Utilities = ["electricity", "water", "gas", "heat", "network"];
    private static readonly string[] Departments = ["urbanManagement", "trafficPolice", "greening", "planning"];

    private static readonly Lazy<JsonNode> RealmNode = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Tools.RepoRoot, Keycloak.RealmFile)))!);

    private static JsonNode Realm => RealmNode.Value;

    public static TheoryData<string, string, string, string?, string?> DemoUsers => new()
    {
        { "zhangsan", "applicant", "张三", "id_number", "33010619900101123X" },
        { "lisi", "applicant", "李四", "id_number", "330106198506152340" },
        { "hz-tech", "applicant", "杭州示例科技有限公司", "id_number", "91350100M000100Y43" },
        { "clerk", "clerk", "王芳", null, null },
        { "electricity-operator", "operator", "供电公司经办人", "utility", "electricity" },
        { "water-operator", "operator", "供水公司经办人", "utility", "water" },
        { "gas-operator", "operator", "燃气公司经办人", "utility", "gas" },
        { "heat-operator", "operator", "供热公司经办人", "utility", "heat" },
        { "network-operator", "operator", "通信运营商经办人", "utility", "network" },
        { "electricity-supervisor", "supervisor", "供电公司督办人", "utility", "electricity" },
        { "water-supervisor", "supervisor", "供水公司督办人", "utility", "water" },
        { "gas-supervisor", "supervisor", "燃气公司督办人", "utility", "gas" },
        { "heat-supervisor", "supervisor", "供热公司督办人", "utility", "heat" },
        { "network-supervisor", "supervisor", "通信运营商督办人", "utility", "network" },
        { "urban-management-approver", "approver", "住建城管审批人", "department", "urbanManagement" },
        { "traffic-police-approver", "approver", "公安交管审批人", "department", "trafficPolice" },
        { "greening-approver", "approver", "园林绿化审批人", "department", "greening" },
        { "planning-approver", "approver", "规划审批人", "department", "planning" },
        { "regulator", "regulator", "监管人员", null, null },
        { "admin", "admin", "系统管理员", null, null },
    };

    [Fact]
    public void Realm_onestop_is_enabled()
    {
        Assert.Equal("onestop", Realm["realm"].Text());
        Assert.True(Bool(Realm["enabled"]));
        Assert.EndsWith($"/realms/{Realm["realm"].Text()}", Keycloak.Authority);
    }

    [Fact]
    public void Repeated_wrong_passwords_lock_the_account_for_a_while()
    {
        // The password grant is open to anyone who can reach the gateway: guessing must be slowed down.
        Assert.True(Bool(Realm["bruteForceProtected"]));
        Assert.InRange(Realm["failureFactor"]!.GetValue<int>(), 1, 10);
        Assert.True(Realm["waitIncrementSeconds"]!.GetValue<int>() >= 60);
    }

    [Theory]
    [InlineData("applicant", "申请人")]
    [InlineData("clerk", "窗口人员")]
    [InlineData("operator", "公用事业单位经办人")]
    [InlineData("supervisor", "公用事业单位督办人")]
    [InlineData("approver", "审批部门经办人")]
    [InlineData("regulator", "监管部门")]
    [InlineData("admin", "系统管理员")]
    public void Realm_role_exists_with_a_chinese_and_english_description(string role, string chinese)
    {
        var description = Assert.Single(Realm["roles"]!["realm"].Items(), r => r["name"].Text() == role)["description"].Text();

        Assert.Contains(chinese, description);
        Assert.Contains(role == "admin" ? "administrator" : role, description);
    }

    [Fact]
    public void Portal_client_is_public_and_allows_the_password_grant_and_the_browser_flow()
    {
        var client = Portal();

        Assert.True(Bool(client["enabled"]));
        Assert.True(Bool(client["publicClient"]));
        Assert.True(Bool(client["directAccessGrantsEnabled"]));
        Assert.True(Bool(client["standardFlowEnabled"]));
        Assert.Contains("http://localhost:8080/*", client["redirectUris"].Items().Select(u => u.Text()));
        Assert.Equal(["+"], client["webOrigins"].Items().Select(o => o.Text()));
    }

    [Fact]
    public void Access_tokens_carry_roles_as_a_flat_array()
    {
        var config = Mapper("oidc-usermodel-realm-role-mapper", "roles");

        Assert.Equal("true", config["multivalued"].Text());
        Assert.Equal("true", config["access.token.claim"].Text());
    }

    [Theory]
    [InlineData("utility", "utility")]
    [InlineData("department", "department")]
    [InlineData("id_number", "id_number")]
    [InlineData("username", "preferred_username")]
    public void Access_tokens_carry_the_user_attribute(string attribute, string claim)
    {
        var config = Mapper("oidc-usermodel-attribute-mapper", claim);

        Assert.Equal(attribute, config["user.attribute"].Text());
        Assert.Equal("true", config["access.token.claim"].Text());
    }

    [Fact]
    public void Access_tokens_carry_the_full_name_and_the_onestop_audience()
    {
        var name = Assert.Single(Mappers(), m => m["protocolMapper"].Text() == "oidc-full-name-mapper")["config"]!;
        var audience = Assert.Single(Mappers(), m => m["protocolMapper"].Text() == "oidc-audience-mapper")["config"]!;

        Assert.Equal("true", name["access.token.claim"].Text());
        Assert.Equal(Keycloak.Audience, audience["included.custom.audience"].Text());
        Assert.Equal("true", audience["access.token.claim"].Text());
    }

    [Theory]
    [MemberData(nameof(DemoUsers))]
    public void Demo_user_has_its_role_and_attributes_and_the_password_placeholder(
        string username, string role, string name, string? attribute, string? value)
    {
        var user = User(username);

        Assert.True(Bool(user["enabled"]));
        Assert.True(Bool(user["emailVerified"]));
        Assert.Equal(name, user["firstName"].Text());
        Assert.Equal([role], user["realmRoles"].Items().Select(r => r.Text()));
        var attributes = user["attributes"]?.AsObject().ToDictionary(a => a.Key, a => a.Value.Items().Select(v => v.Text()).ToList()) ?? [];
        Assert.Equal(attribute is null ? [] : [attribute], attributes.Keys);
        if (attribute is not null) Assert.Equal([value], attributes[attribute]);

        var credential = Assert.Single(user["credentials"].Items());
        Assert.Equal("password", credential["type"].Text());
        Assert.Equal(Keycloak.DemoPasswordPlaceholder, credential["value"].Text());
        Assert.False(Bool(credential["temporary"]));
    }

    [Fact]
    public void Only_the_demo_users_exist_and_each_utility_has_one_operator_and_one_supervisor_and_each_department_one_approver()
    {
        var users = Realm["users"].Items().ToList();

        Assert.Equal(DemoUsers.Select(row => (string)row.Data.Item1).Order(), users.Select(u => u["username"].Text()).Order());
        foreach (var role in new[] { "operator", "supervisor" })
        {
            var staff = users.Where(u => u["realmRoles"].Items().Any(r => r.Text() == role));
            Assert.Equal(Utilities.Order(), staff.Select(o => o["attributes"]?["utility"]?[0].Text()).Order());
        }
        var approvers = users.Where(u => u["realmRoles"].Items().Any(r => r.Text() == "approver"));
        Assert.Equal(Departments.Order(), approvers.Select(a => a["attributes"]?["department"]?[0].Text()).Order());
    }

    // Keycloak 26 keeps only attributes its user profile allows. Users may read the claims that grant access but
    // never set them; and a user missing a required attribute is sent to "update profile", which fails the password grant.
    [Fact]
    public void User_profile_keeps_utility_department_and_id_number_admin_edited_and_every_user_complete()
    {
        var component = Assert.Single(Realm["components"]!["org.keycloak.userprofile.UserProfileProvider"].Items());
        var profile = JsonNode.Parse(Assert.Single(component["config"]!["kc.user.profile.config"].Items()).Text()!)!;
        var attributes = profile["attributes"].Items().ToDictionary(a => a["name"].Text()!);

        Assert.Equal("declarative-user-profile", component["providerId"].Text());
        Assert.NotEqual("ENABLED", profile["unmanagedAttributePolicy"].Text());
        foreach (var name in new[] { "utility", "department", "id_number" })
        {
            Assert.Equal(["admin"], attributes[name]["permissions"]!["edit"].Items().Select(r => r.Text()));
            Assert.Contains("user", attributes[name]["permissions"]!["view"].Items().Select(r => r.Text()));
        }
        Assert.Equal(Utilities, attributes["utility"]["validations"]!["options"]!["options"].Items().Select(o => o.Text()));
        Assert.Equal(Departments, attributes["department"]["validations"]!["options"]!["options"].Items().Select(o => o.Text()));
        Assert.Equal("18", attributes["id_number"]["validations"]!["length"]!["min"]!.ToJsonString());
        Assert.All(Realm["users"].Items().Select(u => u["attributes"]?["id_number"]?[0].Text()).OfType<string>(), id => Assert.Equal(18, id.Length));

        var required = attributes.Values.Where(a => a["required"] is not null).Select(a => a["name"].Text()!).ToList();
        Assert.Equal(["email", "firstName"], required);
        Assert.All(Realm["users"].Items(), user => Assert.All(required, name => Assert.False(
            string.IsNullOrWhiteSpace(user[name].Text()), $"{user["username"].Text()} has no {name}")));
    }

    private static JsonNode Portal() =>
        Assert.Single(Realm["clients"].Items(), c => c["clientId"].Text() == "onestop-portal");

    private static IEnumerable<JsonNode> Mappers() => Portal()["protocolMappers"].Items();

    private static JsonNode Mapper(string type, string claim) =>
        Assert.Single(Mappers(), m => m["protocolMapper"].Text() == type && m["config"]?["claim.name"].Text() == claim)["config"]!;

    private static JsonNode User(string username) =>
        Realm["users"].Items().SingleOrDefault(u => u["username"].Text() == username)
            ?? throw new Xunit.Sdk.XunitException($"No user '{username}' in {Keycloak.RealmFile}.");

    private static bool Bool(JsonNode? node) => node?.GetValue<bool>() ?? false;
}
