using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Security;

/// <summary>
/// The role table of the platform, endpoint by endpoint, for every demo role (and no sign-in at all), against the real
/// host. Every endpoint the host maps must be in <see cref="Matrix"/> and declare its policy: a new endpoint fails
/// <see cref="Every_endpoint_declares_its_policy_and_is_in_the_matrix"/> until both are done.
/// </summary>
public sealed class AccessMatrixTests(SecuredHost host) : IClassFixture<SecuredHost>
{
    internal const string Anonymous = "(anonymous)";
    private const string Owner = SecuredHost.Owner;
    private const string OtherApplicant = SecuredHost.OtherApplicant;
    private const string Clerk = "clerk";
    private const string ElectricityOperator = "electricity-operator";
    private const string GasOperator = "gas-operator";
    private const string ElectricitySupervisor = "electricity-supervisor";
    private const string Regulator = "regulator";
    private const string Admin = "admin";
    private const string Approver = "traffic-police-approver";

    internal static readonly string[] Users =
        [Anonymous, Owner, OtherApplicant, Clerk, ElectricityOperator, GasOperator, ElectricitySupervisor, Regulator, Admin, Approver];
    private static readonly string[] Utilities = ["electricity", "water", "gas", "heat", "network"];

    /// <summary>What a request to the endpoint looks like, and the status each user must get.</summary>
    /// <remarks>Errors are problem details, except at the token endpoint, where OAuth 2.0 prescribes its own form.</remarks>
    public sealed record Row(string Method, string Pattern, Func<SecuredHost, HttpRequestMessage> Request, Func<string, int> Expected,
        bool ProblemDetailsErrors = true);

    public static IReadOnlyList<Row> Matrix { get; } = BuildMatrix();

    public static TheoryData<string> Endpoints => new(Matrix.Select(row => $"{row.Method} {row.Pattern}"));

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Each_role_gets_exactly_its_access(string endpoint)
    {
        var row = Matrix.Single(r => $"{r.Method} {r.Pattern}" == endpoint);
        var wrong = new List<string>();
        foreach (var user in Users)
        {
            using var client = host.ClientFor(user == Anonymous ? null : user);
            using var request = row.Request(host);
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var expected = row.Expected(user);
            if ((int)response.StatusCode != expected)
                wrong.Add($"{user}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
            else if (expected >= 400 && row.ProblemDetailsErrors)
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.True(wrong.Count == 0, $"{endpoint}:\n{string.Join('\n', wrong)}");
    }

    [Fact]
    public void Every_endpoint_declares_its_policy_and_is_in_the_matrix()
    {
        var mapped = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(method => (Key: $"{method} {e.RoutePattern.RawText}", Endpoint: e)))
            .ToList();

        var undeclared = mapped.Where(m => m.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
                && !m.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(m => m.Key);
        Assert.Empty(undeclared);
        var inMatrix = Matrix.Select(r => $"{r.Method} {r.Pattern}").ToHashSet();
        // The portal's pages and their own few endpoints sign in with the portal's cookie: PortalAccessTests has their table.
        var notInMatrix = mapped.Where(m => !IsPortal(m.Endpoint)).Select(m => m.Key).Where(key => !inMatrix.Contains(key)).ToList();
        Assert.True(notInMatrix.Count == 0, $"Add to the matrix: {string.Join(", ", notInMatrix)}");
        var gone = inMatrix.Where(key => !mapped.Any(m => m.Key == key)).ToList();
        Assert.True(gone.Count == 0, $"No longer mapped: {string.Join(", ", gone)}");
    }

    internal static bool IsPortal(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText is not { } path || !(path.StartsWith("/api/") || path.StartsWith("/realms/") || path.StartsWith("/health/") || path.StartsWith("/openapi/"));

    private static List<Row> BuildMatrix()
    {
        var rows = new List<Row>
        {
            new("POST", "/api/intake/applications", h => Post("/api/intake/applications", h.OwnersGasApplication),
                // lisi may apply only for herself: filing under zhangsan's number is refused.
                Only(202, [Owner, Clerk], (OtherApplicant, 403))),
            new("GET", "/api/intake/applications/{id:guid}", h => Get($"/api/intake/applications/{h.ApplicationId}"),
                // Existence does not leak: another applicant, and an operator of a utility not asked, get 404.
                Only(200, [Owner, Clerk, ElectricityOperator, Regulator], (OtherApplicant, 404), (GasOperator, 404))),
            // A change stream to whoever may read the application; asked without Accept: text/event-stream, it answers 406 at once.
            new("GET", "/api/intake/applications/{id:guid}/changes", h => Get($"/api/intake/applications/{h.ApplicationId}/changes"),
                Only(406, [Owner, Clerk, ElectricityOperator, Regulator], (OtherApplicant, 404), (GasOperator, 404))),
            new("GET", "/api/intake/applications", h => Get($"/api/intake/applications?number={h.ApplicationNumber}"),
                Only(200, [Owner, OtherApplicant, Clerk, Regulator])),
            new("POST", "/api/intake/applications/search", _ => Post("/api/intake/applications/search", new { idNumber = SecuredHost.OwnerIdNumber }),
                Only(200, [Clerk])),
            // Nothing is awaiting an answer here: the owner and the counter get as far as 409; no one else sees the application.
            new("POST", "/api/intake/applications/{id:guid}/utilities/{utility}/corrections/{correctionId:guid}/answer",
                h => Post($"/api/intake/applications/{h.ApplicationId}/utilities/electricity/corrections/{Guid.NewGuid()}/answer", new { answer = "已补充 / added" }),
                Only(409, [Owner, Clerk], (OtherApplicant, 404))),
            new("POST", "/api/intake/applications/{id:guid}/utilities/{utility}/customer-works",
                h => Post($"/api/intake/applications/{h.ApplicationId}/utilities/electricity/customer-works", new { note = "已竣工 / done" }),
                Only(409, [Owner, Clerk], (OtherApplicant, 404))),
            new("GET", "/api/intake/audit", _ => Get("/api/intake/audit"), Only(200, [Regulator, Admin])),
            // The owner's application asks for water, whose first stage surveys the site: the owner and the counter book it.
            new("GET", "/api/intake/applications/{id:guid}/visits/{step}/slots", h => Get($"/api/intake/applications/{h.ApplicationId}/visits/survey/slots"),
                Only(200, [Owner, Clerk], (OtherApplicant, 404))),
            // A time no slot starts at: 409, and nothing is booked.
            new("POST", "/api/intake/applications/{id:guid}/visits/{step}/booking",
                h => Post($"/api/intake/applications/{h.ApplicationId}/visits/survey/booking", new { start = "2000-01-03T09:00:00+08:00" }),
                Only(409, [Owner, Clerk], (OtherApplicant, 404))),
            // A photo that is no document of the applicant's: 400, and the acceptance stays as it was.
            new("POST", "/api/intake/applications/{id:guid}/visits/{step}/remote",
                h => Post($"/api/intake/applications/{h.ApplicationId}/visits/acceptance/remote", new { documentIds = new[] { Guid.NewGuid() } }),
                Only(400, [Owner, Clerk], (OtherApplicant, 404))),
            // Nothing was promised: the owner and the counter get as far as 409.
            new("POST", "/api/intake/applications/{id:guid}/documents", h => Post($"/api/intake/applications/{h.ApplicationId}/documents",
                    new { type = "property-certificate", documentId = h.OwnerDocuments["property-certificate"] }),
                Only(409, [Owner, Clerk], (OtherApplicant, 404))),
            new("GET", "/api/intake/guide", _ => Get("/api/intake/guide?applicantType=individual&utilities=water,network"), Everyone(200)),
            new("GET", "/api/intake/contractors", _ => Get("/api/intake/contractors?utility=electricity"), Everyone(200)),
            new("GET", "/api/calendar/{year:int}", _ => Get("/api/calendar/2027"), Everyone(200)),
            // A file that is refused, so that the table installs nothing: only an administrator gets as far as reading it.
            new("PUT", "/api/admin/calendars/{year:int}", _ => new HttpRequestMessage(HttpMethod.Put, "/api/admin/calendars/2027")
                { Content = new StringContent("# notice: x\n2027-13-01,holiday,x\n", System.Text.Encoding.UTF8, "text/csv") }, Only(400, [Admin])),
            // The same file again is the document already held (200): the owner uploads first, the counter after him.
            new("POST", "/api/intake/documents", _ => Upload(SecuredHost.OwnerIdNumber),
                Only(201, [Owner], (Clerk, 200), (OtherApplicant, 403))),
            // His identity card was fetched before: fetching it again returns it.
            new("POST", "/api/intake/certificates", _ => Post("/api/intake/certificates", new { type = "resident-id", idNumber = SecuredHost.OwnerIdNumber }),
                Only(200, [Owner, Clerk], (OtherApplicant, 403))),
            new("GET", "/api/intake/documents", _ => Get("/api/intake/documents"), Only(200, [Owner, OtherApplicant])),
            new("POST", "/api/intake/documents/search", _ => Post("/api/intake/documents/search", new { idNumber = SecuredHost.OwnerIdNumber }),
                Only(200, [Clerk])),
            // The electricity company's case needs his list of loads; no gas case ever does.
            new("GET", "/api/intake/documents/{id:guid}", h => Get($"/api/intake/documents/{h.OwnerDocuments["load-list"]}"),
                Only(200, [Owner, Clerk, ElectricityOperator], (OtherApplicant, 404), (GasOperator, 404))),
            new("GET", "/api/intake/documents/{id:guid}/content", h => Get($"/api/intake/documents/{h.OwnerDocuments["load-list"]}/content"),
                Only(200, [Owner, Clerk, ElectricityOperator], (OtherApplicant, 404), (GasOperator, 404))),
            new("POST", "/api/intake/documents/{id:guid}/consent", h => Post($"/api/intake/documents/{h.OwnerDocuments["resident-id"]}/consent", new { }),
                Only(200, [Owner, Clerk], (OtherApplicant, 404))),
            new("GET", "/api/notifications/", h => Get($"/api/notifications?applicationId={h.ApplicationId}"),
                Only(200, [Owner, Clerk], (OtherApplicant, 404))),
            // Everyone signed in has an inbox; a message is only ever its recipient's (an unknown one is 404 to all).
            new("GET", "/api/notifications/inbox", _ => Get("/api/notifications/inbox"), Only(200, Users[1..])),
            new("POST", "/api/notifications/inbox/{id:guid}/read", _ => Post($"/api/notifications/inbox/{Guid.NewGuid()}/read", new { }), Only(404, Users[1..])),
            new("GET", "/api/notifications/preferences", _ => Get("/api/notifications/preferences"), Only(200, [Owner, OtherApplicant])),
            new("PUT", "/api/notifications/preferences", _ => new HttpRequestMessage(HttpMethod.Put, "/api/notifications/preferences")
                { Content = JsonContent.Create(new { sms = true, email = true }) }, Only(200, [Owner, OtherApplicant])),
            new("GET", "/api/notifications/deliveries", _ => Get("/api/notifications/deliveries?status=failed"), Only(200, [Admin])),
            new("POST", "/api/notifications/deliveries/{id:guid}/retry", _ => Post($"/api/notifications/deliveries/{Guid.NewGuid()}/retry", new { }), Only(404, [Admin])),
            new("GET", "/api/notifications/audit", _ => Get("/api/notifications/audit"), Only(200, [Regulator, Admin])),
            new("GET", "/api/identity/me", _ => Get("/api/identity/me"), Only(200, Users[1..])),
            new("GET", "/api/identity/accounts", _ => Get("/api/identity/accounts"), Only(200, [Admin])),
            new("GET", "/realms/onestop/.well-known/openid-configuration", _ => Get("/realms/onestop/.well-known/openid-configuration"), Everyone(200)),
            new("GET", "/realms/onestop/protocol/openid-connect/certs", _ => Get("/realms/onestop/protocol/openid-connect/certs"), Everyone(200)),
            new("POST", "/realms/onestop/protocol/openid-connect/token", _ => new HttpRequestMessage(HttpMethod.Post, "/realms/onestop/protocol/openid-connect/token")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                    // A name of its own each time: five failures would lock a shared one (SignInThrottleTests).
                    { ["grant_type"] = "password", ["client_id"] = "onestop-portal", ["username"] = $"nobody-{Guid.NewGuid():N}", ["password"] = "wrong" }),
            }, Everyone(400), ProblemDetailsErrors: false),
            new("GET", "/api/sign-in/lockouts", _ => Get("/api/sign-in/lockouts"), Only(200, [Admin])),
            new("POST", "/api/sign-in/lockouts/release", _ => Post("/api/sign-in/lockouts/release", new { key = "user:nobody" }), Only(404, [Admin])),
            new("GET", "/api/sign-in/audit", _ => Get("/api/sign-in/audit"), Only(200, [Admin])),
            // Health checks answer every method ("*").
            new("*", "/health/live", _ => Get("/health/live"), Everyone(200)),
            new("*", "/health/ready", _ => Get("/health/ready"), Everyone(200)),
            new("GET", "/openapi/{documentName}.json", _ => Get("/openapi/intake.json"), Everyone(200)),
            // Joint external-works approvals: the departments, the utilities and regulators read them (none exists here: 404);
            // only a department decides, only a utility's operators answer or file again.
            new("GET", "/api/approvals/", _ => Get("/api/approvals"), Only(200, [ElectricityOperator, GasOperator, ElectricitySupervisor, Regulator, Approver])),
            new("GET", "/api/approvals/{id:guid}", _ => Get($"/api/approvals/{Guid.NewGuid()}"),
                Only(404, [ElectricityOperator, GasOperator, ElectricitySupervisor, Regulator, Approver])),
            new("GET", "/api/approvals/applications/{applicationId:guid}", h => Get($"/api/approvals/applications/{h.ApplicationId}"),
                Only(404, [ElectricityOperator, GasOperator, ElectricitySupervisor, Regulator, Approver])),
            new("POST", "/api/approvals/{id:guid}/decision", _ => Post($"/api/approvals/{Guid.NewGuid()}/decision", new { decision = "approve" }), Only(404, [Approver])),
            new("POST", "/api/approvals/{id:guid}/answer", _ => Post($"/api/approvals/{Guid.NewGuid()}/answer", new { answer = "已补充 / added" }),
                Only(404, [ElectricityOperator, GasOperator])),
            new("POST", "/api/approvals/{id:guid}/resubmission", _ => Post($"/api/approvals/{Guid.NewGuid()}/resubmission", new { route = "沿文一路 / Wenyi Road" }),
                Only(404, [ElectricityOperator, GasOperator])),
            new("GET", "/api/approvals/audit", _ => Get("/api/approvals/audit"), Only(200, [Regulator, Admin])),
        };
        // Every service's dead letters, administrators only (an unknown one: 404).
        foreach (var service in Utilities.Prepend("approvals").Prepend("notifications").Prepend("intake"))
            rows.AddRange([
                new("GET", $"/api/{service}/dead-letters", _ => Get($"/api/{service}/dead-letters"), Only(200, [Admin])),
                new("GET", $"/api/{service}/dead-letters/{{id:long}}", _ => Get($"/api/{service}/dead-letters/999999"), Only(404, [Admin])),
                new("POST", $"/api/{service}/dead-letters/{{id:long}}/replay", _ => Post($"/api/{service}/dead-letters/999999/replay", new { }), Only(404, [Admin])),
                // The all-in-one host runs on the in-process bus: no error queues to browse (409); the services' own hosts read RabbitMQ's.
                new("GET", $"/api/{service}/failed-messages", _ => Get($"/api/{service}/failed-messages"), Only(409, [Admin])),
                new("GET", $"/api/{service}/failed-messages/{{endpoint}}/{{messageId}}", _ => Get($"/api/{service}/failed-messages/notification/x"), Only(409, [Admin])),
                new("POST", $"/api/{service}/failed-messages/{{endpoint}}/{{messageId}}/replay", _ => Post($"/api/{service}/failed-messages/notification/x/replay", new { }), Only(409, [Admin])),
            ]);
        foreach (var utility in Utilities)
        {
            var (operatorOf, supervisorOf) = ($"{utility}-operator", $"{utility}-supervisor");
            // Operators in this table: electricity's (whose utility was asked) and gas's (whose was not).
            rows.Add(new("GET", $"/api/{utility}/applications/{{id:guid}}",
                h => Get($"/api/{utility}/applications/{(h.UtilityRecords.TryGetValue(utility, out var id) ? id : Guid.NewGuid())}"),
                Only(utility is "electricity" or "water" ? 200 : 404, [operatorOf, supervisorOf, Regulator])));
            rows.Add(new("GET", $"/api/{utility}/applications", _ => Get($"/api/{utility}/applications"), Only(200, [operatorOf, supervisorOf, Regulator])));
            rows.Add(new("GET", $"/api/{utility}/queue", _ => Get($"/api/{utility}/queue"), Only(200, [operatorOf, supervisorOf, Regulator])));
            rows.Add(new("GET", $"/api/{utility}/queue/changes", _ => Get($"/api/{utility}/queue/changes"), Only(406, [operatorOf, supervisorOf, Regulator])));
            rows.Add(new("GET", $"/api/{utility}/operators", _ => Get($"/api/{utility}/operators"), Only(200, [operatorOf, supervisorOf, Regulator])));
            // Only its supervisors assign a case (to no known operator here: 400 before any case is touched).
            rows.Add(new("POST", $"/api/{utility}/applications/{{id:guid}}/assign",
                _ => Post($"/api/{utility}/applications/{Guid.NewGuid()}/assign", new { @operator = "nobody" }), Only(400, [supervisorOf])));
            rows.Add(new("GET", $"/api/intake/visit-availability/{utility}", _ => Get($"/api/intake/visit-availability/{utility}"),
                Only(200, [operatorOf, supervisorOf, Regulator])));
            // Only its supervisors set its surveyors' hours (invalid hours here: 400, nothing changes).
            rows.Add(new("PUT", $"/api/intake/visit-availability/{utility}", _ => new HttpRequestMessage(HttpMethod.Put, $"/api/intake/visit-availability/{utility}")
                { Content = JsonContent.Create(new { slotStarts = new[] { "03:00" }, slotHours = 2, capacity = 1 }) }, Only(400, [supervisorOf])));
            rows.Add(new("GET", $"/api/{utility}/audit", _ => Get($"/api/{utility}/audit"), Only(200, [operatorOf, supervisorOf, Regulator, Admin])));
            // Only the utility's own operators act on its cases (an unknown case, so that the table changes nothing).
            foreach (var (action, body) in new (string, object)[]
                     {
                         ("accept", new { }), ("reject", new { reason = "不符合条件 / not eligible" }),
                         ("corrections", new { needed = "请补充产权证明 / proof of ownership" }), ("complete", new { stage = "acceptance", data = new { } }),
                         ("claim", new { }),
                         ("survey", new { externalWorksNeeded = false, findings = "具备接入条件 / ready" }),
                         ("joint-acceptance", new { passed = true, remarks = "合格 / passed" }),
                         ("joint-acceptance/site-visit", new { note = "照片不清 / the photos are unclear" }),
                         ("visit-missed", new { missedBy = "applicant", note = "现场无人 / nobody there" }),
                     })
                rows.Add(new("POST", $"/api/{utility}/applications/{{id:guid}}/{action}",
                    _ => Post($"/api/{utility}/applications/{Guid.NewGuid()}/{action}", body), Only(404, [operatorOf])));
        }
        return rows;
    }

    /// <summary>The allowed users get <paramref name="status"/>, anonymous 401, the exceptions theirs, everyone else 403.</summary>
    private static Func<string, int> Only(int status, string[] allowed, params (string User, int Status)[] exceptions) => user =>
        user == Anonymous ? 401
        : exceptions.Any(e => e.User == user) ? exceptions.Single(e => e.User == user).Status
        : allowed.Contains(user) ? status
        : 403;

    private static Func<string, int> Everyone(int status) => _ => status;

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Post(string path, object body) => new(HttpMethod.Post, path) { Content = JsonContent.Create(body) };

    private static HttpRequestMessage Upload(string idNumber)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("site-plan"), "type" },
            { new StringContent(idNumber), "idNumber" },
            { new ByteArrayContent(OneStop.Testing.SampleFiles.Pdf), "file", "总平面图.pdf" },
        };
        return new HttpRequestMessage(HttpMethod.Post, "/api/intake/documents") { Content = form };
    }
}
