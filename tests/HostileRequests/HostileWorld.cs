using System.Net.Http.Json;
using System.Text.Json;

namespace HostileRequests;

/// <summary>
/// Seeds the mock through its public API with what generated requests aim at: a team with an admin, an IdP, a SCIM token,
/// a user, a group and a pending invitation, and a second team with its own token and user.
/// </summary>
public static class HostileWorld
{
    public static async Task<KnownValues> SeedAsync(HttpClient http)
    {
        var (teamId, adminId, email, password, idpId) = await CreateTeamAsync(http);
        var accessToken = await LoginAsync(http, email, password);
        var (emailToken, _) = await CreateTokenAsync(http, accessToken, password, "/v8", null);
        var (scimToken, tokenId) = await CreateTokenAsync(http, accessToken, password, "/v8", idpId);
        var userId = await CreateAsync(http, scimToken, "/scim/v2/Users", $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"seed.{{Suffix()}}","externalId":"seed-{{Suffix()}}","displayName":"Seed User"}""");
        var groupId = await CreateAsync(http, scimToken, "/scim/v2/Groups", $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Seed group","members":[{"value":"{{userId}}","type":"User","$ref":"http://localhost/scim/v2/Users/{{userId}}"}]}""");
        var invited = Suffix();
        await CreateAsync(http, emailToken, "/scim/v2/Users", $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"invited.{{invited}}","externalId":"invited.{{invited}}@seed.example","displayName":"Invited User"}""");
        var outbox = await http.GetFromJsonAsync<JsonElement>($"/mock/teams/{teamId}/outbox");
        var code = outbox.EnumerateArray().Select(m => m.GetProperty("code").GetString()!).FirstOrDefault() ?? "no-invitation";

        var (otherTeamId, _, otherEmail, otherPassword, otherIdp) = await CreateTeamAsync(http);
        var otherAccess = await LoginAsync(http, otherEmail, otherPassword);
        var (otherToken, otherTokenId) = await CreateTokenAsync(http, otherAccess, otherPassword, "/v8", otherIdp);
        var otherUserName = "other." + Suffix();
        var otherUserId = await CreateAsync(http, otherToken, "/scim/v2/Users", $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"{{otherUserName}}","externalId":"other-{{Suffix()}}","displayName":"Other User"}""");
        var otherGroupName = "Other group " + Suffix();
        var otherGroupId = await CreateAsync(http, otherToken, "/scim/v2/Groups", $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"{{otherGroupName}}","members":[]}""");

        return new KnownValues(scimToken, otherToken, accessToken, email, password, teamId, adminId, idpId, userId, groupId, tokenId, otherTeamId, otherUserId, code,
            otherGroupId, otherTokenId, otherIdp, otherUserName, otherGroupName);
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..10];

    private static async Task<(Guid TeamId, Guid AdminId, string Email, string Password, Guid IdpId)> CreateTeamAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/mock/teams", new { withIdp = true });
        var json = await ReadAsync(response);
        var admin = json.GetProperty("admin");
        return (json.GetProperty("teamId").GetGuid(), admin.GetProperty("userId").GetGuid(), admin.GetProperty("email").GetString()!, admin.GetProperty("password").GetString()!, json.GetProperty("idpId").GetGuid());
    }

    private static async Task<string> LoginAsync(HttpClient http, string email, string password) =>
        (await ReadAsync(await http.PostAsJsonAsync("/login", new { email, password }))).GetProperty("access_token").GetString()!;

    private static async Task<(string Token, Guid Id)> CreateTokenAsync(HttpClient http, string accessToken, string password, string version, Guid? idp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{version}/scim/auth-tokens") { Content = JsonContent.Create(new { description = "hostile", password, idp }) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        var json = await ReadAsync(await http.SendAsync(request));
        return (json.GetProperty("token").GetString()!, json.GetProperty("info").GetProperty("id").GetGuid());
    }

    private static async Task<Guid> CreateAsync(HttpClient http, string scimToken, string path, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/scim+json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", scimToken);
        return Guid.Parse((await ReadAsync(await http.SendAsync(request))).GetProperty("id").GetString()!);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Seeding the mock failed: {(int)response.StatusCode} {text}");
            }

            return JsonDocument.Parse(text).RootElement.Clone();
        }
    }
}
