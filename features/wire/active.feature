@wire @wire.active
Feature: active suspends and reactivates a Wire user
  Wire's docs: "active=false changes the wire user status to suspended".
  Server behaviour (wire-scim.md §7): PUT and PATCH toggle between Active and Suspended; a missing, null or true active
  reactivates; SCIM can never activate a user whose invitation is pending. Booleans may be sent as the strings "true"
  and "false" in any case.

  Rule: active false suspends, active true reactivates

    @wire.active.suspend @doc @server @must
    Scenario: PUT with active false suspends the user
      Given a team provisioned by SCIM with SAML SSO
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sam.saml","externalId":"sam.saml@example.com","displayName":"Sam"}
        """
      When the client replaces the user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sam.saml","externalId":"sam.saml@example.com","displayName":"Sam","active":false}
        """
      Then the response status is 200
      And the user is inactive
      When the client reads the user
      Then the user is inactive

    @wire.active.suspend @doc @server @must
    Scenario Outline: PATCH <op> active <value> suspends the user
      Given a team provisioned by SCIM with SAML SSO
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sam.saml","externalId":"sam.saml@example.com","displayName":"Sam"}
        """
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"<op>","path":"active","value":<value>}]}
        """
      Then the response status is 200
      And the user is inactive

      Examples:
        | op      | value   |
        | replace | false   |
        | add     | false   |
        | replace | "false" |
        | Replace | "False" |

    @wire.active.suspend @server @must
    Scenario: a suspended user is still found and still holds its userName
      Given a team provisioned by SCIM with SAML SSO
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sam.saml","externalId":"sam.saml@example.com","displayName":"Sam","active":true}
        """
      And the user has been suspended
      When the client filters users by userName "sam.saml"
      Then the response lists 1 user
      And the user is inactive
      When the client creates a user with userName "sam.saml"
      Then the request is rejected with status 409 and scimType "uniqueness"

    @wire.active.reactivate @doc @server @must
    Scenario Outline: a suspended user is reactivated by <how>
      Given a team provisioned by SCIM with SAML SSO
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sam.saml","externalId":"sam.saml@example.com","displayName":"Sam"}
        """
      And the user has been suspended
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[<operation>]}
        """
      Then the response status is 200
      And the user is active

      Examples:
        | how                  | operation                                     |
        | PATCH active true    | {"op":"replace","path":"active","value":true} |
        | PATCH active "True"  | {"op":"Replace","path":"active","value":"True"} |
        | PATCH removing active | {"op":"remove","path":"active"}              |

    @wire.active.reactivate @server @must
    Scenario Outline: a suspended user is reactivated by a PUT <how>
      Given a team provisioned by SCIM with SAML SSO
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sam.saml","externalId":"sam.saml@example.com","displayName":"Sam"}
        """
      And the user has been suspended
      When the client replaces the user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sam.saml","externalId":"sam.saml@example.com","displayName":"Sam"<active>}
        """
      Then the response status is 200
      And the user is active

      Examples:
        | how                | active         |
        | with active true   | ,"active":true |
        | that omits active  |                |

  Rule: SCIM cannot activate a user whose invitation is pending

    @wire.active.invited-stays-inactive @doc @server @must
    Scenario: PATCH active true leaves an invited user inactive
      Given a team provisioned by SCIM with email invitations
      And a user with userName "jane.doe" exists
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"active","value":true}]}
        """
      Then the response status is 200
      And the user is inactive

    @wire.active.invited-stays-inactive @server @must
    Scenario: PUT active true leaves an invited user inactive
      Given a team provisioned by SCIM with email invitations
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.doe","externalId":"jane.doe@example.com","displayName":"Jane"}
        """
      When the client replaces the user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.doe","externalId":"jane.doe@example.com","displayName":"Jane","active":true}
        """
      Then the response status is 200
      And the user is inactive

    @wire.active.suspend @server @must @mock-only
    Scenario: an accepted invited user can be suspended and reactivated
      Given a team provisioned by SCIM with email invitations
      And a user with userName "jane.doe" exists
      And the user has accepted the invitation
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"active","value":false}]}
        """
      Then the user is inactive
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"active","value":true}]}
        """
      Then the user is active
