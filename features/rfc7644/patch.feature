@rfc7644 @rfc7644.3.5.2
Feature: PATCH changes single attributes of a user
  RFC 7644 §3.5.2: a PatchOp with add, replace and remove operations, applied in order; errors invalidPath, noTarget,
  mutability, invalidValue.
  Server behaviour (wire-scim.md §10.2, §14.4): op names are case-insensitive and add acts as replace; paths userName,
  displayName, externalId, active, roles, Wire's rich-info keys and emails[…] value paths; the result is validated like
  a PUT and returned whole with 200.

  Background:
    Given a team provisioned by SCIM with SAML SSO
    And a user exists with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"pia.patch","externalId":"pia.patch@example.com","displayName":"Pia Patch"}
      """

  Rule: add, replace and remove change the user

    @rfc7644.3.5.2 @server @must
    Scenario Outline: <op> on <path> sets it
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"<op>","path":"<path>","value":"<value>"}]}
        """
      Then the response status is 200
      And the user's <path> is "<value>"

      Examples:
        | op      | path        | value                 |
        | replace | displayName | Pia P.                |
        | add     | displayName | Pia Q.                |
        | Replace | displayName | Pia R.                |
        | REPLACE | userName    | pia.renamed           |
        | replace | externalId  | pia.new@example.com   |

    @rfc7644.3.5.2 @server @must
    Scenario: the returned user is the whole user
      Given the user's meta is noted
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"displayName","value":"Pia P."}]}
        """
      Then the response matches the snapshot
      And meta.lastModified has changed

    @rfc7644.3.5.2 @server @must
    Scenario: operations apply in order
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
          {"op":"replace","path":"displayName","value":"First"},
          {"op":"replace","path":"displayName","value":"Second"}]}
        """
      Then the response status is 200
      And the user's displayName is "Second"

    @rfc7644.3.5.2 @server @must
    Scenario: a PATCH is all or nothing
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
          {"op":"replace","path":"displayName","value":"Changed"},
          {"op":"replace","path":"name.familyName","value":"Patch"}]}
        """
      Then the request is rejected with status 400 and scimType "invalidPath"
      When the client reads the user
      Then the user's displayName is "Pia Patch"

    @rfc7644.3.5.2 @server @must
    Scenario: a no-path replace with userName and externalId sets the attributes it names
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"userName":"pia.patch","externalId":"pia.patch@example.com","displayName":"Pia Whole"}}]}
        """
      Then the response status is 200
      And the user's displayName is "Pia Whole"

    @rfc7644.3.5.2 @server @must
    Scenario: a no-path replace overwrites the externalId it leaves out
      hscim parses the value as a whole User and overwrites userName, displayName, externalId and active with it
      (wire-scim.md §10.2), so an externalId left out is cleared, and Wire then requires it.
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"userName":"pia.patch","displayName":"Pia Whole"}}]}
        """
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail is "externalId is required"

    @rfc7644.3.5.2 @server @must @edge
    Scenario: an empty list of operations changes nothing
      Given the user's meta is noted
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[]}
        """
      Then the response status is 200
      And meta.version is unchanged

  Rule: what Wire cannot patch is an error

    @rfc7644.3.5.2 @server @must
    Scenario Outline: <what> is refused with <scimType>
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[<operation>]}
        """
      Then the request is rejected with status 400 and scimType "<scimType>"
      And the response matches the snapshot

      Examples:
        | what                            | operation                                                           | scimType     |
        | remove without a path           | {"op":"remove"}                                                     | noTarget     |
        | remove of userName              | {"op":"remove","path":"userName"}                                   | mutability   |
        | replace of emails without filter | {"op":"replace","path":"emails","value":[{"value":"a@example.com"}]} | invalidPath  |
        | a sub-attribute of name         | {"op":"replace","path":"name.familyName","value":"Patch"}           | invalidPath  |
        | a value path on roles           | {"op":"replace","path":"roles[value eq \"member\"].value","value":"admin"} | invalidPath |
        | replace without a value         | {"op":"replace","path":"displayName"}                               | invalidValue |
        | a no-path replace without userName | {"op":"replace","value":{"displayName":"X"}}                     | invalidValue |
        | a no-path replace of emails     | {"op":"replace","value":{"userName":"pia.patch","emails":[]}}       | invalidPath  |

    @rfc7644.3.5.2 @server @must
    Scenario: a PATCH of an unknown id is 404
      When the client sends PATCH "/Users/3f0b2b6e-0000-4000-8000-000000000404" with body:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"displayName","value":"X"}]}
        """
      Then the response is a SCIM error with status "404"

    @rfc7644.3.5.2 @server @must
    Scenario: a PatchOp without its schema is refused
      When the client patches the user with:
        """
        {"Operations":[{"op":"replace","path":"displayName","value":"X"}]}
        """
      Then the request is rejected with status 400
