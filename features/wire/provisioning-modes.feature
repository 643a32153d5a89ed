@wire.mode
Feature: A token's IdP decides whether users are invited by email or active at once
  A SCIM token created for a team with exactly one SAML IdP is tied to it: users are SAML users, active at once.
  A token without an IdP provisions by email invitation: the user is inactive until they accept it.
  Source: Wire's SCIM setup guide ("main.md", user provisioning); server behaviour in wire-scim.md §6.1, §6.2 and §7.

  Rule: with email invitations, a user is active only once the invitation is accepted

    @wire.mode.email.inactive @doc @server @must
    Scenario: a user provisioned by email invitation starts inactive
      Given a team provisioned by SCIM with email invitations
      When the client creates a user with userName "jane.doe"
      Then the user is created
      And the user is inactive

    @wire.mode.email.accept @doc @server @must @mock-only
    Scenario: a user who accepts the invitation becomes active
      Given a team provisioned by SCIM with email invitations
      And a user with userName "jane.doe" exists
      Then an invitation email is sent to the user
      When the user accepts the invitation
      And the client reads the user
      Then the user is active

  Rule: with SAML SSO, a user is active at once

    @wire.mode.saml.active @doc @server @must
    Scenario: a user provisioned with SAML SSO is active at once
      Given a team provisioned by SCIM with SAML SSO
      When the client creates a user with userName "jane.doe"
      Then the user is created
      And the user is active
