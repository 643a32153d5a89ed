@rfc7644 @rfc7644.groups
Feature: Groups are Wire user groups managed by SCIM
  RFC 7644 §3 applied to /Groups (RFC 7643 §4.2).
  Server behaviour (wire-scim.md §1.4, since Wire 5.24.0): POST 201 with displayName and members, members must be SCIM
  users of the same team; GET by id; list with `displayName co` and pagination; PUT replaces name and members; DELETE
  204, also for a missing group; PATCH is not implemented (the mock answers 501, Wire crashes).

  Background:
    Given a team provisioned by SCIM with SAML SSO
    And a user with userName "gus.group" exists

  Rule: groups are created, read, found, replaced and deleted

    @rfc7644.groups @server @must
    Scenario: a group is created with the user as member
      When the client creates a group "Engineering" with the user as member
      Then the group is created
      And the group has the user as its only member
      And the response field "displayName" is "Engineering"
      And the response field "meta.resourceType" is "Group"
      And the response matches the snapshot

    @rfc7644.groups @server @must
    Scenario: a group is read by id
      Given a group "Engineering" exists with the user as member
      When the client reads the group
      Then the response status is 200
      And the group has the user as its only member

    @rfc7644.groups @server @must
    Scenario: groups are found by part of their name
      Given a group "Engineering" exists with the user as member
      When the client filters groups by displayName containing "Engineer"
      Then the response is a ListResponse of 1 resource
      And the response field "Resources[0].displayName" is "Engineering"

    @rfc7644.groups @server @must
    Scenario: PUT replaces the name and the members
      Given a group "Engineering" exists with the user as member
      When the client renames the group to "Platform" without members
      Then the response status is 200
      And the response field "displayName" is "Platform"
      And the group has no members

    @rfc7644.groups @server @must
    Scenario: a deleted group is gone, and deleting it again is 204
      Given a group "Engineering" exists with the user as member
      When the client deletes the group
      Then the response status is 204
      And the group no longer exists
      When the client deletes the group
      Then the response status is 204

  Rule: members are SCIM users of the same team

    @rfc7644.groups @server @must
    Scenario: a member that does not exist is refused
      When the client creates a group "Ghosts" with the member id "3f0b2b6e-0000-4000-8000-000000000404"
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail contains "These users do not exist, are not in your team, or not"

    @rfc7644.groups @server @must
    Scenario: a member id that is not a UUID is refused
      When the client creates a group "Ghosts" with the member id "not-a-uuid"
      Then the request is rejected with status 400
      And the error detail contains "Invalid group member ID"

    @rfc7644.groups @server @must @edge
    Scenario Outline: a group name of <length> characters is refused
      When the client creates a group with a name of <length> characters
      Then the request is rejected with status 400 and scimType "invalidValue"

      Examples:
        | length |
        | 0      |
        | 4001   |

    @rfc7644.groups @server @must @edge
    Scenario: a group name of 4000 characters is accepted
      When the client creates a group with a name of 4000 characters
      Then the group is created

    @rfc7644.groups @server @must
    Scenario: an unknown group is 404
      When the client sends GET "/Groups/3f0b2b6e-0000-4000-8000-000000000404"
      Then the response is a SCIM error with status "404"
      And the error detail is "Group 3f0b2b6e-0000-4000-8000-000000000404 not found"
