using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// Plain HTTP for what the domain steps do not cover. Paths are relative to the SCIM base (<c>/Users?filter=…</c>);
/// bodies are sent as written.
/// </summary>
[Binding]
public sealed class HttpSteps(ScimClient scim)
{
    [When("the client sends {word} {string}")]
    public Task WhenTheClientSends(string method, string path) => scim.SendAsync(new HttpMethod(method), path);

    [When("the client sends {word} {string} with body:")]
    public Task WhenTheClientSendsWithBody(string method, string path, string body) => scim.SendAsync(new HttpMethod(method), path, body);

    [When("the client sends {word} {string} without a token")]
    public Task WhenTheClientSendsWithoutAToken(string method, string path) => scim.SendAsync(new HttpMethod(method), path, null, token: null);
}
