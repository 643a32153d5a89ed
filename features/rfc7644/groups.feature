@rfc7644.3.groups
Feature: Groups of provisioned users are created, read and deleted over SCIM
  Wire maps SCIM groups to user groups managed by SCIM; their members must be SCIM-provisioned users of the team.
  Source: RFC 7644 §3.3, §3.4.1, §3.6; Wire's server behaviour in wire-scim.md §1.4.

  Background:
    Given a team provisioned by SCIM with SAML SSO
    And a user with userName "jane.doe" exists
    And a user with userName "john.doe" exists

  @rfc7644.3.3.group @server @must
  Scenario: a created group lists its members
    When the client creates a group "engineering" with the members "jane.doe, john.doe"
    Then the group is created
    And the group has 2 members
    And the response matches the snapshot

  @rfc7644.3.6.group @server @must
  Scenario: a deleted group is gone
    When the client creates a group "engineering" with the members "jane.doe"
    And the client deletes the group
    Then the response status is 204
    When the client reads the group
    Then the request is rejected with status 404
