@wire.token
Feature: A team admin creates and revokes the SCIM tokens that provision the team
  A SCIM client authenticates with a bearer token that a team admin creates (after re-entering their password) and
  can delete; a deleted token no longer works.
  Source: Wire's SCIM setup guide (token creation); server behaviour in wire-scim.md §2.1 and §2.2.

  Background:
    Given a team provisioned by SCIM with email invitations

  @wire.token.create @doc @server @must
  Scenario: a new token is returned once, with its description, and provisions the team
    When the admin creates a SCIM token described as "okta"
    Then the response status is 200
    And the response field "info.description" is "okta"
    And the response matches the snapshot
    When the client sends GET '/Users?filter=userName eq "nobody"' with the new SCIM token
    Then the response lists 0 users

  @wire.token.revoke @doc @server @must
  Scenario: a deleted token is refused
    When the admin creates a SCIM token described as "okta"
    And the admin deletes the new SCIM token
    Then the response status is 204
    When the client sends GET '/Users?filter=userName eq "nobody"' with the new SCIM token
    Then the request is rejected with status 401
    And the error detail is "authorization failed: Invalid SCIM token"
