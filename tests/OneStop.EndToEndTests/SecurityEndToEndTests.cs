using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using OneStop.Testing;

namespace OneStop.EndToEndTests;

/// <summary>Access control and personal-data protection in the distributed deployment: each service, the gateway, PostgreSQL.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SecurityEndToEndTests(PlatformFixture fixture)
{
    private const string Applicant = "zhangsan";
    private const string ApplicantIdNumber = "33010619900101123X";
    private const string ApplicantPhone = "13800138000";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_service_refuses_a_request_without_a_token_even_when_called_directly()
    {
        foreach (var (name, service) in fixture.Platform.Services)
        {
            var path = name switch
            {
                "Notification" => $"/api/notifications?applicationId={Guid.NewGuid()}",
                "Approvals" => "/api/approvals",
                _ => $"/api/{name.ToLowerInvariant()}/applications",
            };
            using var direct = new HttpClient { BaseAddress = service.BaseAddress };

            using var response = await direct.GetAsync(path, Cancellation);

            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{name} answered {(int)response.StatusCode} without a token");
        }
    }

    [Fact]
    public async Task The_gateway_forwards_the_token_and_limits_submissions_per_user_with_retry_after()
    {
        var platform = fixture.Platform;
        var limited = await platform.StartGatewayAsync(new Dictionary<string, string> { ["RateLimiting__Submission__PerUserPerMinute"] = "2" });
        using var gateway = new HttpClient { BaseAddress = limited.BaseAddress };

        using var anonymous = await gateway.PostAsJsonAsync("/api/intake/applications", ApplicantsOwnApplication(), Cancellation);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await SubmitAsync(gateway, await platform.Tokens.ForAsync(Applicant));
            statuses.Add(last.StatusCode);
            if (last.StatusCode == HttpStatusCode.Accepted)
                fixture.RecordFiled((await last.Content.ReadFromJsonAsync<PublicApiClient.Submitted>(Cancellation))!.Id, ["electricity"]);
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(last!.Headers.RetryAfter?.Delta);
        last.Dispose();
    }

    [Fact]
    public async Task Two_gateway_replicas_count_failed_sign_ins_together_in_postgresql()
    {
        var platform = fixture.Platform;
        var replica = await platform.StartGatewayAsync();
        async Task<HttpResponseMessage> SignInAsync(ServiceProcess gateway, string password)
        {
            using var client = new HttpClient { BaseAddress = gateway.BaseAddress };
            return await client.PostAsync("realms/onestop/protocol/openid-connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password", ["client_id"] = "onestop-portal", ["username"] = "network-supervisor", ["password"] = password,
            }), Cancellation);
        }

        for (var attempt = 0; attempt < 5; attempt++)
            Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(attempt % 2 == 0 ? platform.Gateway! : replica, "wrong")).StatusCode);

        foreach (var gateway in new[] { platform.Gateway!, replica })
        {
            using var locked = await SignInAsync(gateway, platform.DemoPassword);
            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
            Assert.NotNull(locked.Headers.RetryAfter?.Delta);
        }
        Assert.Equal(5L, await platform.Databases.ScalarAsync<long>("FrontDoor",
            "SELECT COUNT(*) FROM sign_in_failures WHERE \"Key\" = 'user:network-supervisor'"));
    }

    [Fact]
    public async Task Identity_numbers_and_phones_are_ciphertext_in_every_postgresql_row()
    {
        var platform = fixture.Platform;
        using var submit = await SubmitAsync(fixture.Gateway, await platform.Tokens.ForAsync(Applicant));
        var submitted = (await submit.Content.ReadFromJsonAsync<PublicApiClient.Submitted>(Cancellation))!;
        fixture.RecordFiled(submitted.Id, ["electricity"]);
        await fixture.Intake.WaitForStatusAsync(submitted.Id, "inProgress", TimeSpan.FromSeconds(60));

        var rows = new List<string>();
        foreach (var (service, table) in new[]
                 {
                     ("Intake", "joint_applications"), ("Intake", "outbox"), ("Intake", "audit_log"), ("Intake", "documents"),
                     ("Intake", "application_documents"),
                     ("Electricity", "applications"), ("Electricity", "outbox"),
                     ("Notification", "application_contacts"), ("Notification", "notifications"),
                 })
            rows.AddRange(await RowsAsync(platform, service, table));

        Assert.Contains(rows, row => row.Contains(submitted.Id.ToString()));
        Assert.DoesNotContain(rows, row => row.Contains(ApplicantIdNumber) || row.Contains(ApplicantPhone));
        Assert.Contains(rows, row => row.Contains("\"ApplicantIdNumber\":\"pd1."));
    }

    private static JsonObject ApplicantsOwnApplication()
    {
        var body = SampleApplications.Body("electricity");
        body["applicant"] = new JsonObject
        {
            ["type"] = "individual",
            ["name"] = "张三",
            ["idNumber"] = ApplicantIdNumber,
            ["contactName"] = "张三",
            ["phone"] = ApplicantPhone,
        };
        return body;
    }

    /// <summary>The applicant files for itself, with its documents (fetched, consented to, uploaded) through the same gateway.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient gateway, string token)
    {
        using var applicant = new HttpClient { BaseAddress = gateway.BaseAddress, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        var body = await SampleDocuments.AttachAsync(applicant, clerk: false, ApplicantsOwnApplication(), Cancellation);
        return await applicant.PostAsJsonAsync("/api/intake/applications", body, Cancellation);
    }

    /// <summary>Every row of a table exactly as PostgreSQL stores it, one JSON object per row.</summary>
    private static async Task<List<string>> RowsAsync(DistributedPlatform platform, string service, string table)
    {
        await using var connection = new NpgsqlConnection(platform.Databases.ConnectionStringFor(service));
        await connection.OpenAsync(Cancellation);
        await using var command = new NpgsqlCommand($"SELECT row_to_json(t)::text FROM {table} t", connection);
        await using var reader = await command.ExecuteReaderAsync(Cancellation);
        var rows = new List<string>();
        while (await reader.ReadAsync(Cancellation))
            rows.Add(reader.GetString(0));
        return rows;
    }
}
