using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using OneStop.Identity.Accounts;
using OneStop.ServiceDefaults;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Identity.Issuer;

/// <summary>
/// OAuth 2.0 token endpoint for the resource-owner password grant (RFC 6749 §4.3), the grant Keycloak's
/// <c>onestop-portal</c> client allows too: the portal, the command line and the tests sign in the same way everywhere.
/// </summary>
public static class TokenEndpoint
{
    public const string ClientId = "onestop-portal";

    public sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("token_type")] string TokenType,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);

    public static async Task<Results<Ok<TokenResponse>, JsonHttpResult<TokenError>>> HandleAsync(
        HttpRequest request, DemoAccounts accounts, TokenIssuer issuer)
    {
        if (!request.HasFormContentType)
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "请以表单提交 / Send application/x-www-form-urlencoded");
        if (await request.ReadFormOrNullAsync(request.HttpContext.RequestAborted) is not { } form)
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "表单格式有误 / The form is malformed");
        if (form["client_id"] != ClientId)
            return Error(StatusCodes.Status401Unauthorized, "invalid_client", "未知的客户端 / Unknown client");
        if (form["grant_type"] != "password")
            return Error(StatusCodes.Status400BadRequest, "unsupported_grant_type", "仅支持 password 授权 / Only the password grant is supported");
        if (accounts.SignIn(form["username"], form["password"]) is not { } account)
            return Error(StatusCodes.Status400BadRequest, "invalid_grant", "用户名或密码错误 / Invalid user credentials");
        return TypedResults.Ok(new TokenResponse(issuer.Issue(account, ClientId), "Bearer", (int)TokenIssuer.Lifetime.TotalSeconds));
    }

    private static JsonHttpResult<TokenError> Error(int status, string error, string description) =>
        TypedResults.Json(new TokenError(error, description), statusCode: status);
}
