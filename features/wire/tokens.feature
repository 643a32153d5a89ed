@wire @wire.token
Feature: SCIM tokens are issued by team admins and belong to the team
  Wire's guide: "A secret token that authorizes the use of the SCIM API. Use the wire_scim_token.py script to generate a
  token. To run the script you need access to a user account with admin privileges to log in via email and password.
  Note that the token is independent from the admin account that created it, i.e. the token remains valid if the admin
  account gets deleted or changed."
  And: "connecting a SCIM client to Wire also disables the functionality to invite new team members in the SSO login
  process. This functionality is disabled when a token is created … and re-enabled when all tokens have been deleted."
  Server behaviour: wire-scim.md §2 (token API, 200 on create, limit 8, legacy and v8 shapes) and §3 (what is blocked
  is SAML just-in-time provisioning; existing SSO users still log in).
  `@own-team` scenarios count or fill the team's tokens, or depend on the team having no IdP: on a live server the
  operator's team is shared, so they run only where each scenario has its own team (the mock).

  Rule: only owners and admins, re-authenticated with their password, create tokens

    @wire.token.admin-only @doc @server @must @own-team
    Scenario: the team admin creates a token with their password
      Given a team provisioned by SCIM with email invitations
      And the team admin is logged in to Wire
      When the admin creates a SCIM token with their password
      Then a SCIM token is issued
      And the response matches the snapshot

    @wire.token.admin-only @doc @server @must @mock-only
    Scenario: a plain team member may not create a token
      Given a team provisioned by SCIM with email invitations
      And a team member "max.member" who accepted the invitation with a password
      When "max.member" logs in to Wire
      And the member creates a SCIM token with their password
      Then the token request is refused with status 403 and label "insufficient-permissions"

    @wire.token.admin-only @server @must @mock-only
    Scenario: an admin provisioned by SCIM may create a token
      Given a team provisioned by SCIM with email invitations
      And a team admin "ada.admin" who accepted the invitation with a password
      When "ada.admin" logs in to Wire
      And the member creates a SCIM token with their password
      Then a SCIM token is issued

    @wire.token.reauth @server @must
    Scenario Outline: a token request <what> is refused as needing re-authentication
      Given a team provisioned by SCIM with email invitations
      And the team admin is logged in to Wire
      When the admin creates a SCIM token <how>
      Then the token request is refused with status 403 and label "access-denied"
      And the response field "message" is "This operation requires reauthentication."

      Examples:
        | what                  | how                                     |
        | without a password    | without a password                      |
        | with a wrong password | with the password "not-the-password-1!" |

  Rule: the token list never shows the token values

    @wire.token.list-hides-secret @server @must @own-team
    Scenario: the list shows every token of the team but no token value
      Given a team provisioned by SCIM with email invitations
      And the admin has created a SCIM token
      When the admin lists the SCIM tokens
      Then the token list shows 2 tokens and no token secret
      And the response matches the snapshot

  Rule: a deleted token is refused at once

    @wire.token.revoked @server @must
    Scenario: a deleted token no longer authorizes SCIM requests
      Given a team provisioned by SCIM with email invitations
      And the admin has created a SCIM token
      When the client looks up userName "jane.doe" with the new token
      Then the response status is 200
      When the admin deletes the new token
      Then the response status is 204
      When the client looks up userName "jane.doe" with the new token
      Then the response is a SCIM error with status "401"
      And the error detail is "authorization failed: Invalid SCIM token"

    @wire.token.revoked @server @must
    Scenario: deleting one token leaves the others working
      Given a team provisioned by SCIM with email invitations
      And the admin has created a SCIM token
      When the admin deletes the new token
      And the client looks up userName "jane.doe" with the team's token
      Then the response status is 200

  Rule: a team has at most 8 tokens

    @wire.token.limit @server @must @own-team
    Scenario: the ninth token is refused
      Given a team provisioned by SCIM with email invitations
      And the team has 8 SCIM tokens
      When the admin creates a SCIM token with their password
      Then the token request is refused with status 403 and label "token-limit-reached"
      And the response field "message" is "The limit of provisioning tokens per team has been reached"

    @wire.token.limit @server @must @own-team
    Scenario: the eighth token is still issued
      Given a team provisioned by SCIM with email invitations
      And the team has 7 SCIM tokens
      When the admin creates a SCIM token with their password
      Then a SCIM token is issued

  Rule: a token outlives the admin who created it

    @wire.token.outlives-admin @doc @server @must @mock-only
    Scenario: the token keeps working after its admin is removed from the team
      Given a team provisioned by SCIM with email invitations
      And the admin has created a SCIM token
      When the admin who created the token is removed from the team
      And the client looks up userName "jane.doe" with the new token
      Then the response status is 200

  Rule: while the team has a token, SSO login no longer creates new users; deleting the last token re-enables it

    @wire.token.disables-sso-provisioning @doc @server @divergence @must @mock-only
    Scenario: an unknown NameID is refused while a token exists
      The guide speaks of "invitation in the SSO login process"; what the server blocks is SAML just-in-time
      provisioning of unknown NameIDs (wire-scim.md §3).
      Given a team provisioned by SCIM with SAML SSO
      When the SAML IdP logs in "new.person@example.com"
      Then the SSO login is refused because auto-provisioning is disabled

    @wire.token.disables-sso-provisioning @doc @server @must @mock-only
    Scenario: a user provisioned by SCIM still logs in by SSO while a token exists
      Given a team provisioned by SCIM with SAML SSO
      And a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sam.saml","externalId":"sam.saml@example.com","displayName":"Sam Saml"}
        """
      When the SAML IdP logs in "sam.saml@example.com"
      Then the SSO login signs in the existing user "sam.saml"

    @wire.token.disables-sso-provisioning @doc @server @must @mock-only
    Scenario: deleting the last token lets SSO login create users again
      Given a team provisioned by SCIM with SAML SSO
      When the admin deletes every SCIM token of the team
      And the SAML IdP logs in "new.person@example.com"
      Then the SSO login creates a new user

    @wire.token.disables-sso-provisioning @server @must @mock-only
    Scenario: a user created by SSO before the first token still logs in afterwards
      Given a team provisioned by SCIM with SAML SSO
      And the admin has deleted every SCIM token of the team
      And "early.bird@example.com" has logged in by SSO
      When the admin creates a SCIM token with their password
      And the SAML IdP logs in "early.bird@example.com"
      Then the SSO login signs in the same user again

    @wire.token.disables-sso-provisioning @doc @server @must @mock-only
    Scenario: while a second token remains, SSO login still refuses unknown NameIDs
      Given a team provisioned by SCIM with SAML SSO
      And the admin has created a SCIM token
      When the admin deletes the new token
      And the SAML IdP logs in "new.person@example.com"
      Then the SSO login is refused because auto-provisioning is disabled

  Rule: a token sees only its own team

    @wire.token.team-isolation @server @must @mock-only
    Scenario: another team's token does not find the user by id
      Given a team provisioned by SCIM with email invitations
      And a user with userName "jane.doe" exists
      And another team provisioned by SCIM with email invitations
      When the other team's client reads the user
      Then the response is a SCIM error with status "404"

    @wire.token.team-isolation @server @must @mock-only
    Scenario: another team's token does not find the user by filter
      Given a team provisioned by SCIM with email invitations
      And a user with userName "jane.doe" exists
      And another team provisioned by SCIM with email invitations
      When the other team's client filters users by userName "jane.doe"
      Then the response lists 0 users

    @wire.token.team-isolation @server @must @mock-only
    Scenario: another team's token cannot change the user
      Given a team provisioned by SCIM with email invitations
      And a user with userName "jane.doe" exists
      And another team provisioned by SCIM with email invitations
      When the other team's client replaces the user's displayName with "Mallory"
      Then the response is a SCIM error with status "404"

    @wire.token.team-isolation @server @must @mock-only
    Scenario: another team's DELETE pretends to succeed but leaves the user alone
      Given a team provisioned by SCIM with email invitations
      And a user with userName "jane.doe" exists
      And another team provisioned by SCIM with email invitations
      When the other team's client deletes the user
      Then the response status is 204
      When the client reads the user
      Then the response status is 200

    @wire.token.team-isolation @server @must @mock-only
    Scenario: another team's admin neither sees nor deletes this team's tokens
      Given a team provisioned by SCIM with email invitations
      And another team provisioned by SCIM with email invitations
      When the other team's admin deletes this team's SCIM tokens by id
      Then the response status is 204
      When the client looks up userName "jane.doe" with the team's token
      Then the response status is 200
      When the other team's admin lists the SCIM tokens
      Then the token list shows 1 token and no token secret

  Rule: a token of a team with one IdP provisions SAML users; the legacy API refuses to choose between two IdPs

    @wire.token.idp-association @server @must @mock-only
    Scenario: the legacy token API associates the token with the team's only IdP
      Given a team provisioned by SCIM with SAML SSO
      And the team admin is logged in to Wire
      When the admin creates a SCIM token with their password
      Then a SCIM token is issued
      And the new token is associated with the team's IdP
      And the response matches the snapshot

    @wire.token.idp-association @server @must @mock-only
    Scenario: the v8 token API associates a token with an IdP only when asked
      Given a team provisioned by SCIM with SAML SSO
      And the team admin is logged in to Wire
      When the admin creates a SCIM token on API version 8
      Then a SCIM token is issued
      And the new token is not associated with an IdP
      When the admin creates a SCIM token for the team's IdP on API version 8
      Then the new token is associated with the team's IdP
      And the response matches the snapshot

    @wire.token.idp-association @server @must @mock-only
    Scenario: the legacy token API refuses a team with two IdPs
      Given a team provisioned by SCIM with SAML SSO
      And the team has a second SAML IdP
      And the team admin is logged in to Wire
      When the admin creates a SCIM token with their password
      Then the token request is refused with status 400 and label "more-than-one-idp"
