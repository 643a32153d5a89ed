@wire @wire.externalid
Feature: externalId links the SCIM user to its SAML NameID or its email
  Wire's guide: "If you are using Wire's SAML SSO feature then set the externalId attribute to the same identifier used
  for NameID in your SAML configuration (both fields must match case sensitively). If you are using email/password
  authentication then set the externalId attribute to the user's email address." And the older guide: "If this
  identifier is an email address, then you can optionally enable email validatation during provisioning by activating
  the validateSAMLemails feature flag."
  Server behaviour (wire-scim.md §6): externalId is required; a token with an IdP provisions SAML users (active at
  once, NameIDs matched case-insensitively); a token without provisions by email invitation; externalIds are unique
  per team.

  Rule: externalId is required

    @wire.externalid.required @doc @server @must
    Scenario Outline: a user without externalId is rejected in <mode> mode
      Given a team provisioned by SCIM with <team>
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.doe","displayName":"Jane Doe","emails":[{"value":"jane.doe@example.com"}]}
        """
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail is "externalId is required"

      Examples:
        | mode  | team              |
        | email | email invitations |
        | SAML  | SAML SSO          |

    @wire.externalid.required @server @must
    Scenario: the error body of a missing externalId
      Given a team provisioned by SCIM with SAML SSO
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.doe","displayName":"Jane Doe"}
        """
      Then the response matches the snapshot

    @wire.externalid.required @server @must
    Scenario: removing the externalId by PATCH is rejected
      Given a team provisioned by SCIM with SAML SSO
      And a user with userName "jane.doe" exists
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"remove","path":"externalId"}]}
        """
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail is "externalId is required"

  Rule: in SAML mode the externalId is the NameID, and the user is active at once

    @wire.externalid.case @doc @server @must
    Scenario: a SAML user is created active with its NameID as externalId
      Given a team provisioned by SCIM with SAML SSO
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sam.saml","externalId":"sam.saml@example.com","displayName":"Sam Saml"}
        """
      Then the user is created
      And the user is active
      And the user's externalId is "sam.saml@example.com"
      And the user's emails[0].value is "sam.saml@example.com"
      And the response matches the snapshot

    @wire.externalid.case @server @must
    Scenario: a NameID that is not an email gives a user without email
      Given a team provisioned by SCIM with SAML SSO
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sam.saml","externalId":"sam-nameid-4711","displayName":"Sam Saml"}
        """
      Then the user is created
      And the user's externalId is "sam-nameid-4711"
      And the response has no field "emails"

  Rule: NameIDs are matched case-insensitively, and returned as sent

    @wire.externalid.case @server @divergence @must
    Scenario: NameIDs that differ only in case collide
      The guide says externalId and NameID "must match case sensitively"; the server case-folds NameIDs, so two users
      whose NameIDs differ only in case collide (wire-scim.md §6.1).
      Given a team provisioned by SCIM with SAML SSO
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"alice.one","externalId":"Alice@Example.com","displayName":"Alice"}
        """
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"alice.two","externalId":"alice@example.com","displayName":"Alice"}
        """
      Then the request is rejected with status 409 and scimType "uniqueness"
      And the error detail contains "ExternalId is already taken"

    @wire.externalid.case @server @divergence @must
    Scenario: a filter on the NameID in other capitals finds the user, with its externalId as sent
      The guide says "match case sensitively"; the server finds the user whatever the case of the filter.
      Given a team provisioned by SCIM with SAML SSO
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"alice.one","externalId":"Alice@Example.com","displayName":"Alice"}
        """
      When the client filters users by externalId "ALICE@EXAMPLE.COM"
      Then the response lists 1 user
      And the user's externalId is "Alice@Example.com"

    @wire.externalid.case @server @may
    Scenario: in email mode the externalId filter is exact
      UNCONFIRMED in Wire's tests: spar's exact lookup, then brig's by email accepted only when equal (wire-scim.md §6.2).
      Given a team provisioned by SCIM with email invitations
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.doe","externalId":"jane.doe@example.com","displayName":"Jane"}
        """
      When the client filters users by externalId "JANE.DOE@EXAMPLE.COM"
      Then the response lists 0 users

  Rule: in email mode the externalId, or an email in emails, must be an email address

    @wire.externalid.required @wire.invite.email-required @doc @server @must
    Scenario: a user with neither an email externalId nor emails is rejected
      Given a team provisioned by SCIM with email invitations
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.doe","externalId":"jane-4711","displayName":"Jane"}
        """
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail is "Could not process externalId. Please check: (1) does the scim user contain a valid email address? (2) did you associate your scim token with a SAML IdP in wire?"
      And the response matches the snapshot

    @wire.externalid.required @server @must
    Scenario: the externalId may differ from the email given in emails
      Given a team provisioned by SCIM with email invitations
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.doe","externalId":"hr-4711","displayName":"Jane","emails":[{"value":"jane.doe@example.com"}]}
        """
      Then the user is created
      And the user's externalId is "hr-4711"
      And the user's emails[0].value is "jane.doe@example.com"

  Rule: an externalId is unique within a team

    @wire.externalid.unique @server @must
    Scenario Outline: a second user with the same externalId is rejected in <mode> mode
      Given a team provisioned by SCIM with <team>
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.one","externalId":"jane.doe@example.com","displayName":"Jane"}
        """
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.two","externalId":"jane.doe@example.com","displayName":"Jane"}
        """
      Then the request is rejected with status 409 and scimType "uniqueness"
      And the error detail is "ExternalId is already taken: user with status <status> exists"

      Examples:
        | mode  | team              | status            |
        | email | email invitations | PendingInvitation |
        | SAML  | SAML SSO          | Active            |

    @wire.externalid.unique @server @must
    Scenario: changing a user's externalId to another user's is rejected
      Given a team provisioned by SCIM with SAML SSO
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.one","externalId":"jane.one@example.com","displayName":"Jane"}
        """
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.two","externalId":"jane.two@example.com","displayName":"Jane"}
        """
      When the client patches the user "jane.two" with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"externalId","value":"jane.one@example.com"}]}
        """
      Then the request is rejected with status 409 and scimType "uniqueness"
      And the error detail is "externalId already in use by another Wire user"
      And the response matches the snapshot

    @wire.externalid.unique @server @must @mock-only
    Scenario: another team may use the same externalId
      Given a team provisioned by SCIM with SAML SSO
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.one","externalId":"jane.doe@example.com","displayName":"Jane"}
        """
      And another team provisioned by SCIM with SAML SSO
      When the other team's client creates a user with externalId "jane.doe@example.com"
      Then the response status is 201

    @wire.externalid.unique @server @must
    Scenario: a changed externalId frees the old one
      Given a team provisioned by SCIM with SAML SSO
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.one","externalId":"old@example.com","displayName":"Jane"}
        """
      When the client patches the user "jane.one" with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"externalId","value":"new@example.com"}]}
        """
      And the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.two","externalId":"old@example.com","displayName":"Jane"}
        """
      Then the user is created

  Rule: users are found by externalId

    @wire.externalid.filter @doc @server @must
    Scenario Outline: a filter on externalId in <mode> mode finds the user
      Given a team provisioned by SCIM with <team>
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.doe","externalId":"jane.doe@example.com","displayName":"Jane"}
        """
      When the client filters users by externalId "jane.doe@example.com"
      Then the response lists 1 user
      And the user's userName is "jane.doe"

      Examples:
        | mode  | team              |
        | email | email invitations |
        | SAML  | SAML SSO          |

    @wire.externalid.filter @server @must
    Scenario: a filter on an unknown externalId lists no user
      Given a team provisioned by SCIM with SAML SSO
      And a user with userName "jane.doe" exists
      When the client filters users by externalId "nobody@example.com"
      Then the response lists 0 users

  Rule: in SAML mode, validateSAMLemails decides whether the email is verified by mail

    @wire.saml.email-validation @doc @server @must @mock-only
    Scenario: with validateSAMLemails on, a verification mail goes to the user's email
      Given a team provisioned by SCIM with SAML SSO
      And validateSAMLemails is enabled for the team
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sam.saml","externalId":"sam.saml@example.com","displayName":"Sam"}
        """
      Then the user is created
      And the user's emails[0].value is "sam.saml@example.com"
      And a verification mail is sent to "sam.saml@example.com"

    @wire.saml.email-validation @doc @server @must @mock-only
    Scenario: with validateSAMLemails off, no mail is sent and the email is shown
      Given a team provisioned by SCIM with SAML SSO
      And validateSAMLemails is disabled for the team
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sam.saml","externalId":"sam.saml@example.com","displayName":"Sam"}
        """
      Then the user is created
      And the user's emails[0].value is "sam.saml@example.com"
      And no mail is sent

    @wire.saml.email-validation @server @must @mock-only
    Scenario: validateSAMLemails is on by default
      Given a team provisioned by SCIM with SAML SSO
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sam.saml","externalId":"sam-4711","displayName":"Sam","emails":[{"value":"sam.saml@example.com"}]}
        """
      Then a verification mail is sent to "sam.saml@example.com"

    @wire.saml.email-validation @server @must @mock-only
    Scenario: a changed email is verified again
      Given a team provisioned by SCIM with SAML SSO
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sam.saml","externalId":"sam.saml@example.com","displayName":"Sam"}
        """
      When the client replaces the user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sam.saml","externalId":"sam.new@example.com","displayName":"Sam"}
        """
      Then the response status is 200
      And a verification mail is sent to "sam.new@example.com"
