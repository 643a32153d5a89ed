@wire @wire.invite
Feature: in email mode a SCIM user is an invitation until it is accepted
  Wire's guide: "If you are using email/password authentication then set the externalId attribute to the user's email
  address. The user will receive an invitation email during provisioning. Also note that the account will be set to
  "active": false until the user has accepted the invitation and activated the account."
  Server behaviour (wire-scim.md §6.2): brig creates a team invitation; the user is PendingInvitation (active false)
  until it is accepted; a role given at creation shows as "member" until then; an invitation not accepted within 21 days
  deletes the user, and the same user can be provisioned again.

  Background:
    Given a team provisioned by SCIM with email invitations

  Rule: provisioning sends an invitation mail

    @wire.invite.mail @doc @server @must @mock-only
    Scenario: the invitation goes to the externalId's address
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.doe","externalId":"jane.doe@example.com","displayName":"Jane"}
        """
      Then the user is created
      And an invitation mail is sent to "jane.doe@example.com"

    @wire.invite.mail @server @must @mock-only
    Scenario: the invitation goes to the address in emails when externalId is not one
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.doe","externalId":"hr-4711","displayName":"Jane","emails":[{"value":"jane.doe@example.com"}]}
        """
      Then the user is created
      And an invitation mail is sent to "jane.doe@example.com"

  Rule: an invited user is inactive until the invitation is accepted

    @wire.invite.inactive @doc @server @must
    Scenario: a freshly provisioned user is inactive
      When the client creates a user with userName "jane.doe"
      Then the user is created
      And the user is inactive

    @wire.invite.inactive @doc @server @must
    Scenario: a read of the invited user shows it inactive
      Given a user with userName "jane.doe" exists
      When the client reads the user
      Then the user is inactive

    @wire.invite.inactive @server @must
    Scenario: a filter finds the invited user, inactive
      Given a user with userName "jane.doe" exists
      When the client filters users by userName "jane.doe"
      Then the response lists 1 user
      And the user is inactive

    @wire.invite.accept @doc @server @must @mock-only
    Scenario: the accepted user is active
      Given a user with userName "jane.doe" exists
      When the user accepts the invitation
      And the client reads the user
      Then the user is active

  Rule: an invitation not accepted within 21 days removes the user

    @wire.invite.timeout @server @must @mock-only
    Scenario: an unaccepted invitation expires after 21 days and the user can be provisioned again
      Given a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"late.larry","externalId":"late.larry@example.com","displayName":"Larry"}
        """
      When 20 days pass without the invitation being accepted
      And the client reads the user
      Then the response status is 200
      When 1 day passes without the invitation being accepted
      Then the user no longer exists
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"late.larry","externalId":"late.larry@example.com","displayName":"Larry"}
        """
      Then the user is created

  Rule: the role given at creation applies once the invitation is accepted

    @wire.invite.role @server @must @mock-only
    Scenario: an invited admin shows as member until accepting, then as admin
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ada.admin","externalId":"ada.admin@example.com","displayName":"Ada","roles":["admin"]}
        """
      Then the user is created
      And the response field "roles" is the JSON '[{"value":"member"}]'
      When the user accepts the invitation
      And the client reads the user
      Then the response field "roles" is the JSON '[{"value":"admin"}]'

    @wire.invite.role @server @must
    Scenario: an invited admin shows as member
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ada.admin","externalId":"ada.admin@example.com","displayName":"Ada","roles":[{"value":"admin"}]}
        """
      Then the user is created
      And the response field "roles" is the JSON '[{"value":"member"}]'
