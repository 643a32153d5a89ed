@rfc7644 @rfc7644.3
Feature: Users are created, read, found, and deleted over SCIM
  RFC 7644 §3 defines the resource operations a SCIM client relies on; Wire implements them for /scim/v2/Users.
  Source: RFC 7644 §3.3, §3.4.1, §3.4.2, §3.6; Wire's server behaviour in wire-scim.md §1.2, §4, §9 and §10.

  Background:
    Given a team provisioned by SCIM with email invitations

  Rule: POST /Users creates the user and returns it

    @rfc7644.3.3 @doc @server @must
    Scenario: a created user is returned with its id and meta
      When the client creates a user with userName "jane.doe"
      Then the user is created
      And the user's userName is "jane.doe"
      And the response field "meta.resourceType" is "User"
      And the response matches the snapshot

    @wire.handle.unique @server @must
    Scenario: a second user with a taken userName is rejected as not unique
      Given a user with userName "jane.doe" exists
      When the client creates a user with userName "jane.doe"
      Then the request is rejected with status 409 and scimType "uniqueness"
      And the error detail is "userName is already taken"

  Rule: a user can be read by id and found by a filter

    @rfc7644.3.4.1 @doc @server @must
    Scenario: a user is read by its id
      Given a user with userName "jane.doe" exists
      When the client reads the user
      Then the response status is 200
      And the user's userName is "jane.doe"
      And the response field "meta.location" ends with the user's id

    @rfc7644.3.4.2 @doc @server @must
    Scenario Outline: a user is found by <attribute>
      Given a user with userName "jane.doe" exists
      When the client filters users by <attribute> "<value>"
      Then the response lists <found>

      Examples:
        | attribute | value        | found   |
        | userName  | jane.doe     | 1 user  |
        | userName  | JANE.DOE     | 1 user  |
        | userName  | someone.else | 0 users |

  Rule: PUT replaces a user and PATCH changes the attributes it names

    @rfc7644.3.5.1 @doc @server @must
    Scenario: a replaced user has the attributes of the replacement
      Given a user with userName "jane.doe" exists
      When the client replaces the user with these attributes:
        | attribute   | value                |
        | userName    | jane.doe             |
        | externalId  | jane.doe@example.com |
        | displayName | Jane Q. Doe          |
      Then the response status is 200
      And the user's displayName is "Jane Q. Doe"
      And the user's externalId is "jane.doe@example.com"

    @rfc7644.3.5.2 @doc @server @must
    Scenario Outline: a PATCH that replaces <attribute> sets its new value
      Given a user with userName "jane.doe" exists
      When the client patches the user with:
        """
        {
          "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
          "Operations": [{"op": "replace", "path": "<attribute>", "value": "<value>"}]
        }
        """
      Then the response status is 200
      And the user's <attribute> is "<value>"
      And the user's userName is "<userName>"

      Examples:
        | attribute   | value       | userName |
        | displayName | Jane Q. Doe | jane.doe |
        | userName    | jane.q      | jane.q   |

  Rule: a deleted user is gone

    @rfc7644.3.6 @doc @server @must
    Scenario: a deleted user is no longer found
      Given a user with userName "jane.doe" exists
      When the client deletes the user
      Then the response status is 204
      And the user no longer exists
