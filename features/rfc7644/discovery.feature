@rfc7644 @rfc7644.4
Feature: the discovery endpoints describe the service without a token
  RFC 7644 §4: /ServiceProviderConfig, /ResourceTypes and /Schemas describe the service provider.
  Server behaviour (wire-scim.md §1.3, §14.3): no Authorization needed; the ServiceProviderConfig is hscim's static
  object (patch supported; bulk, filter, changePassword, sort and etag not; "httpbasic" as the scheme); /Schemas lists
  the five core schemas; /ResourceTypes lists User (with Wire's two extensions) and Group; other schema URIs are 404.

  Rule: the discovery documents are served without a token

    @rfc7644.4 @server @must
    Scenario Outline: GET <path> answers Wire's document
      When the client sends GET "<path>" without a token
      Then the response status is 200
      And the response content type is "application/scim+json;charset=utf-8"
      And the response matches the snapshot

      Examples:
        | path                                                   |
        | /ServiceProviderConfig                                 |
        | /ResourceTypes                                         |
        | /Schemas                                               |
        | /Schemas/urn:ietf:params:scim:schemas:core:2.0:User    |
        | /Schemas/urn:ietf:params:scim:schemas:core:2.0:Group   |

    @rfc7644.4 @server @must
    Scenario: the ServiceProviderConfig says PATCH is supported and bulk, filter, sort and etag are not
      When the client sends GET "/ServiceProviderConfig" without a token
      Then the response field "patch.supported" is "true"
      And the response field "bulk.supported" is "false"
      And the response field "filter.supported" is "false"
      And the response field "sort.supported" is "false"
      And the response field "etag.supported" is "false"
      And the response field "changePassword.supported" is "false"

    @rfc7644.4 @server @must
    Scenario: /ResourceTypes lists Users with Wire's extensions, and Groups
      When the client sends GET "/ResourceTypes" without a token
      Then the response is a ListResponse of 2 resources
      And the response field "Resources[0].endpoint" is "/Users"
      And the response field "Resources[0].schemaExtensions" is the JSON:
        """
        [{"required":false,"schema":"urn:wire:scim:schemas:profile:1.0"},{"required":false,"schema":"urn:ietf:params:scim:schemas:extension:wire:1.0:User"}]
        """
      And the response field "Resources[1].endpoint" is "/Groups"

    @rfc7644.4 @server @must
    Scenario: /Schemas lists the five core schemas
      When the client sends GET "/Schemas" without a token
      Then the response is a ListResponse of 5 resources

    @rfc7644.4 @server @must
    Scenario Outline: the schema <uri> is not served
      When the client sends GET "/Schemas/<uri>" without a token
      Then the response is a SCIM error with status "404"
      And the error detail is "Schema <uri> not found"

      Examples:
        | uri                                                  |
        | urn:wire:scim:schemas:profile:1.0                    |
        | urn:ietf:params:scim:schemas:extension:wire:1.0:User |
        | urn:example:unknown                                  |
