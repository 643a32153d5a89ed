@wire.sso @mock-only
Feature: While SCIM provisions a team, SAML SSO signs in only the users SCIM created
  "Connecting a SCIM client to Wire also disables the functionality to create new users in the SSO login process."
  What the server blocks is just-in-time provisioning of unknown NameIDs; users SCIM created still sign in.
  Source: Wire's SCIM setup guide (main.md, user provisioning); server behaviour in wire-scim.md §3.

  Background:
    Given a team provisioned by SCIM with SAML SSO

  @wire.sso.no-autoprovisioning @doc @server @must
  Scenario: an unknown NameID is refused while the team has a SCIM token
    When "new.person@example.com" logs in with SAML SSO
    Then the request is rejected with status 404
    And the response field "label" is "not-found"

  @wire.sso.scim-user @server @must
  Scenario: a user provisioned by SCIM signs in with their NameID
    Given a user with userName "jane.doe" and externalId "jane.doe@example.com" exists
    When "jane.doe@example.com" logs in with SAML SSO
    Then the login is the user's
