@rfc7644 @rfc7644.3.3
Feature: POST /Users answers 201 with the full resource
  RFC 7644 §3.3: "When the service provider successfully creates the new resource, an HTTP response SHALL be returned
  with HTTP status code 201 (Created)" and the body "SHOULD contain the service provider's representation of the newly
  created resource", with a server-assigned id and meta.
  Server behaviour (wire-scim.md §1.2, §9.1): 201 with the user rebuilt from Wire's state, fixed schemas, meta with
  resourceType, created, lastModified, a weak version and location; no Location header.

  Rule: a created user comes back with 201, its id and a complete meta

    @rfc7644.3.3 @server @must
    Scenario: a user created in email mode is returned whole
      Given a team provisioned by SCIM with email invitations
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jane.doe","externalId":"jane.doe@example.com","displayName":"Jane Doe"}
        """
      Then the user is created
      And the response field "meta.resourceType" is "User"
      And the response content type is "application/scim+json;charset=utf-8"
      And the response matches the snapshot

    @rfc7644.3.3 @server @must
    Scenario: a user created in SAML mode is returned whole
      Given a team provisioned by SCIM with SAML SSO
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"sam.saml","externalId":"sam.saml@example.com","displayName":"Sam Saml","preferredLanguage":"de","roles":["admin"]}
        """
      Then the user is created
      And the response matches the snapshot

    @rfc7644.3.3 @server @must
    Scenario: the created user is what a read returns
      Given a team provisioned by SCIM with SAML SSO
      And a user with userName "jane.doe" exists
      And the user's meta is noted
      When the client reads the user
      Then the response status is 200
      And meta.version is unchanged
      And meta.created is unchanged
      And meta.location is unchanged

    @rfc7644.3.3 @server @must
    Scenario: the schemas list is Wire's, whatever the client sent
      Given a team provisioned by SCIM with SAML SSO
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],"userName":"jane.doe","externalId":"jane.doe@example.com","displayName":"Jane"}
        """
      Then the user is created
      And the response field "schemas" is the JSON:
        """
        ["urn:ietf:params:scim:schemas:core:2.0:User","urn:wire:scim:schemas:profile:1.0","urn:ietf:params:scim:schemas:extension:wire:1.0:User"]
        """

    @rfc7644.3.3 @server @must
    Scenario: a created user's location points at the user
      Given a team provisioned by SCIM with SAML SSO
      When the client creates a user with userName "jane.doe"
      Then the user is created
      And the response field "meta.location" ends with the user's id
