@wire @wire.url
Feature: Wire serves SCIM under /scim/v2
  Wire's guide: "The URL under which Wire's SCIM API is hosted is https://prod-nginz-https.wire.com/scim/v2 … Some SCIM
  clients append /v2 to the URL your provide. If this happens … then please provide the URL without the /v2 suffix,
  i.e. https://prod-nginz-https.wire.com/scim".
  Server behaviour (wire-scim.md §1.1): spar mounts only "scim" :> "v2"; nginz accepts an optional API-version prefix
  /v<N> that spar strips; an unknown version is 404 "unsupported-version"; nothing lives under /scim/Users.

  Background:
    Given a team provisioned by SCIM with email invitations
    And a user with userName "jane.doe" exists

  Rule: the SCIM resources live under /scim/v2, which is also where a client that appends /v2 to /scim ends up

    @wire.url.base @doc @server @must
    Scenario: the user is found under /scim/v2
      When the client looks up userName "jane.doe" under the base "/scim/v2"
      Then the response lists 1 user

    @wire.url.base @doc @server @must
    Scenario: a user is created under /scim/v2 with 201
      When the client creates a user with userName "john.roe" under the base "/scim/v2"
      Then the user is created

  Rule: every path also answers under an API-version prefix

    @wire.url.version-prefix @server @should
    Scenario Outline: the user is found under the prefix <prefix>
      When the client looks up userName "jane.doe" under the base "<prefix>/scim/v2"
      Then the response lists 1 user

      Examples:
        | prefix |
        | /v7    |
        | /v8    |

    @wire.url.version-prefix @server @should
    Scenario: an unknown API version is refused as unsupported
      When the client looks up userName "jane.doe" under the base "/v999/scim/v2"
      Then the request is refused with status 404 and label "unsupported-version"

  Rule: nothing is served outside /scim/v2, and paths are case-sensitive

    @wire.url.no-legacy-base @server @must
    Scenario Outline: <what> is not found
      When the client looks up userName "jane.doe" under the base "<base>"
      Then the response status is 404

      Examples:
        | what                 | base        |
        | the base without /v2 | /scim       |
        | a doubled /v2        | /scim/v2/v2 |

    @wire.url.no-legacy-base @server @must
    Scenario: the Users path is case-sensitive
      When the client sends GET "/scim/v2/users?filter=userName%20eq%20%22x%22" from the server root
      Then the response status is 404
