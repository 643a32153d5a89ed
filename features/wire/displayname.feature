@wire @wire.displayname
Feature: displayName is the user's Wire profile name
  Wire's guide: "Set the displayName attribute to the user's desired profile name, for example, Jane Doe. It must
  consist of 1-128 Unicode characters. It does not need to be unique."
  Server behaviour (wire-scim.md §5): brig's Name of 1..128 characters counted as Unicode code points (Haskell Text
  length), no trimming; error 400 invalidValue "Name: outside range [1, 128] (post)", "(put)" on PUT and PATCH. When
  displayName is absent Wire falls back to the email (email mode) or the NameID (SAML mode).

  Rule: a displayName has 1 to 128 Unicode code points

    @wire.displayname.length @doc @server @must @edge
    Scenario Outline: a displayName of <length> <kind> code points is accepted
      Given a team provisioned by SCIM with email invitations
      When the client creates a user with a displayName of <length> <kind> code points
      Then the user is created
      And the user's displayName is the <length> code points sent

      Examples:
        | length | kind      |
        | 1      | ASCII     |
        | 128    | ASCII     |
        | 1      | emoji     |
        | 128    | emoji     |
        | 128    | CJK       |
        | 128    | combining |

    @wire.displayname.length @doc @server @must @edge
    Scenario Outline: a displayName of <length> <kind> code points is rejected
      Given a team provisioned by SCIM with email invitations
      When the client creates a user with a displayName of <length> <kind> code points
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail is "Name: outside range [1, 128] (post)"

      Examples:
        | length | kind      |
        | 0      | ASCII     |
        | 129    | ASCII     |
        | 129    | emoji     |
        | 129    | CJK       |
        | 129    | combining |

    @wire.displayname.length @server @must
    Scenario: the error body of a too long displayName
      Given a team provisioned by SCIM with email invitations
      When the client creates a user with a displayName of 129 ASCII code points
      Then the response matches the snapshot

    @wire.displayname.length @server @must
    Scenario: a too long displayName on PATCH is rejected with the (put) suffix
      Given a team provisioned by SCIM with email invitations
      And a user with userName "jane.doe" exists
      When the client changes the user's displayName to 129 emoji code points
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail is "Name: outside range [1, 128] (put)"

    @wire.displayname.length @doc @server @must
    Scenario: two users may share a displayName
      Given a team provisioned by SCIM with email invitations
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.one","externalId":"jane.one@example.com","displayName":"Jane Doe"}
        """
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.two","externalId":"jane.two@example.com","displayName":"Jane Doe"}
        """
      Then the user is created
      And the user's displayName is "Jane Doe"

  Rule: without a displayName Wire falls back to the email or the NameID

    @wire.displayname.fallback @server @must
    Scenario: in email mode the displayName falls back to the email
      Given a team provisioned by SCIM with email invitations
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.doe","externalId":"jane.doe@example.com"}
        """
      Then the user is created
      And the user's displayName is "jane.doe@example.com"

    @wire.displayname.fallback @server @must
    Scenario: in SAML mode the displayName falls back to the NameID
      Given a team provisioned by SCIM with SAML SSO
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.doe","externalId":"jane-nameid"}
        """
      Then the user is created
      And the user's displayName is "jane-nameid"

    @wire.displayname.fallback @server @must
    Scenario: removing the displayName by PATCH falls back to the externalId
      Given a team provisioned by SCIM with SAML SSO
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.doe","externalId":"jane-nameid","displayName":"Jane Doe"}
        """
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"remove","path":"displayName"}]}
        """
      Then the response status is 200
      And the user's displayName is "jane-nameid"
