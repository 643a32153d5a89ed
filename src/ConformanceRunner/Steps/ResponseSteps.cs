using ConformanceRunner.Snapshots;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>What the last response must look like: status, SCIM error fields, single values, the approved snapshot.</summary>
[Binding]
public sealed class ResponseSteps(ScimClient scim, ScenarioSnapshots snapshots)
{
    [Then("the response status is {int}")]
    public void ThenTheResponseStatusIs(int status) => ResponseExpectations.StatusIs(scim.Last, status);

    [Then("the request is rejected with status {int}")]
    public void ThenTheRequestIsRejected(int status) => ResponseExpectations.StatusIs(scim.Last, status);

    [Then("the request is rejected with status {int} and scimType {string}")]
    public void ThenTheRequestIsRejectedWithScimType(int status, string scimType)
    {
        ResponseExpectations.StatusIs(scim.Last, status);
        ResponseExpectations.ValueIs(scim.Last.RequireJson(), "scimType", scimType);
    }

    [Then("the error detail is {string}")]
    public void ThenTheErrorDetailIs(string detail) => ResponseExpectations.ValueIs(scim.Last.RequireJson(), "detail", detail);

    [Then("the response field {string} is {string}")]
    public void ThenTheResponseFieldIs(string path, string expected) => ResponseExpectations.ValueIs(scim.Last.RequireJson(), path, expected);

    [Then("the response has no field {string}")]
    public void ThenTheResponseHasNoField(string path)
    {
        if (JsonPath.Exists(scim.Last.Json, path))
        {
            throw new ConformanceAssertionException($"Expected no {path}, but the response has it: {scim.Last.Body}");
        }
    }

    [Then("the response matches the snapshot")]
    public void ThenTheResponseMatchesTheSnapshot()
    {
        var result = snapshots.Verify(scim.Last.Status, scim.Last.ContentType, scim.Last.Location, scim.Last.Json);
        if (!result.IsSuccess)
        {
            throw new ConformanceAssertionException(result.Describe());
        }
    }
}
