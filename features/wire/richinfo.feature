@wire @wire.richinfo
Feature: rich info stores profile fields under Wire's two extension URNs
  Wire's guide: "You can use of Wire's urn:wire:scim:schemas:profile:1.0 extension field to store arbitrary user profile
  data shown in the user's profile, for example, department or role."
  Server behaviour (wire-scim.md §8.1): urn:wire:scim:schemas:profile:1.0 (a list of type/value fields) and
  urn:ietf:params:scim:schemas:extension:wire:1.0:User (a flat map, as Azure sends it) feed one ordered list, returned
  under both URNs; map entries overwrite list entries in place and the rest are appended alphabetically; empty values
  are dropped; PATCH paths address single keys; the types and values together may have at most 5000 characters.

  Background:
    Given a team provisioned by SCIM with SAML SSO

  Rule: rich info is stored and returned under both URNs

    @wire.richinfo.store @doc @server @must
    Scenario: fields sent in the profile list form come back in both forms
      When the client creates a user with body:
        """
        {
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:wire:scim:schemas:profile:1.0"],
          "userName": "rita.rich", "externalId": "rita.rich@example.com", "displayName": "Rita",
          "urn:wire:scim:schemas:profile:1.0": {"richInfo": {"version": 0, "fields": [{"type": "Department", "value": "Sales"}, {"type": "Building", "value": "B1"}]}}
        }
        """
      Then the user is created
      And the response field '["urn:wire:scim:schemas:profile:1.0"].richInfo.fields' is the JSON:
        """
        [{"type": "Department", "value": "Sales"}, {"type": "Building", "value": "B1"}]
        """
      And the response field '["urn:ietf:params:scim:schemas:extension:wire:1.0:User"]' is the JSON '{"Department":"Sales","Building":"B1"}'
      And the response matches the snapshot

    @wire.richinfo.store @server @must
    Scenario: fields sent in the map form come back in both forms
      When the client creates a user with body:
        """
        {
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:wire:1.0:User"],
          "userName": "rita.rich", "externalId": "rita.rich@example.com", "displayName": "Rita",
          "urn:ietf:params:scim:schemas:extension:wire:1.0:User": {"Department": "Sales", "CostCenter": "4711"}
        }
        """
      Then the user is created
      And the response field '["urn:wire:scim:schemas:profile:1.0"].richInfo.fields' is the JSON:
        """
        [{"type": "CostCenter", "value": "4711"}, {"type": "Department", "value": "Sales"}]
        """

    @wire.richinfo.store @doc @server @should
    Scenario: the legacy list form of the guide's example is accepted
      When the client creates a user with body:
        """
        {
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:wire:scim:schemas:profile:1.0"],
          "userName": "rita.rich", "externalId": "rita.rich@example.com", "displayName": "Rita",
          "urn:wire:scim:schemas:profile:1.0": {"richInfo": [{"type": "Department", "value": "Sales"}]}
        }
        """
      Then the user is created
      And the response field '["urn:ietf:params:scim:schemas:extension:wire:1.0:User"].Department' is "Sales"

    @wire.richinfo.store @server @must
    Scenario: rich info is returned by a later read
      Given a user exists with body:
        """
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "rita.rich", "externalId": "rita.rich@example.com", "displayName": "Rita",
         "urn:ietf:params:scim:schemas:extension:wire:1.0:User": {"Department": "Sales"}}
        """
      When the client reads the user
      Then the response field '["urn:ietf:params:scim:schemas:extension:wire:1.0:User"].Department' is "Sales"

  Rule: both forms merge into one list

    @wire.richinfo.merge @server @must
    Scenario: map entries overwrite list entries in place and new keys are appended alphabetically
      When the client creates a user with body:
        """
        {
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
          "userName": "rita.rich", "externalId": "rita.rich@example.com", "displayName": "Rita",
          "urn:wire:scim:schemas:profile:1.0": {"richInfo": {"version": 0, "fields": [{"type": "Department", "value": "Sales"}, {"type": "Building", "value": "B1"}]}},
          "urn:ietf:params:scim:schemas:extension:wire:1.0:User": {"Zone": "Z9", "department": "Marketing", "Floor": "3"}
        }
        """
      Then the user is created
      And the response field '["urn:wire:scim:schemas:profile:1.0"].richInfo.fields' is the JSON:
        """
        [{"type": "Department", "value": "Marketing"}, {"type": "Building", "value": "B1"}, {"type": "Floor", "value": "3"}, {"type": "Zone", "value": "Z9"}]
        """

    @wire.richinfo.merge @server @must
    Scenario: fields with an empty value are dropped
      When the client creates a user with body:
        """
        {
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
          "userName": "rita.rich", "externalId": "rita.rich@example.com", "displayName": "Rita",
          "urn:ietf:params:scim:schemas:extension:wire:1.0:User": {"Department": "Sales", "Nickname": ""}
        }
        """
      Then the user is created
      And the response field '["urn:ietf:params:scim:schemas:extension:wire:1.0:User"]' is the JSON '{"Department":"Sales"}'

  Rule: PATCH sets and removes single keys

    @wire.richinfo.patch @server @must
    Scenario Outline: PATCH <op> on a <form> key
      Given a user exists with body:
        """
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "rita.rich", "externalId": "rita.rich@example.com", "displayName": "Rita",
         "urn:wire:scim:schemas:profile:1.0": {"richInfo": {"version": 0, "fields": [{"type": "Department", "value": "Sales"}, {"type": "Building", "value": "B1"}]}}}
        """
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"<op>","path":"<urn>:<key>"<value>}]}
        """
      Then the response status is 200
      And the response field '["urn:wire:scim:schemas:profile:1.0"].richInfo.fields' is the JSON '<fields>'

      Examples:
        | op      | form | urn                                                   | key        | value              | fields                                                                                                         |
        | replace | map  | urn:ietf:params:scim:schemas:extension:wire:1.0:User | Department | ,"value":"Support" | [{"type":"Department","value":"Support"},{"type":"Building","value":"B1"}]                                     |
        | add     | map  | urn:ietf:params:scim:schemas:extension:wire:1.0:User | Floor      | ,"value":"3"       | [{"type":"Department","value":"Sales"},{"type":"Building","value":"B1"},{"type":"Floor","value":"3"}]          |
        | add     | list | urn:wire:scim:schemas:profile:1.0                     | Floor      | ,"value":"3"       | [{"type":"Department","value":"Sales"},{"type":"Building","value":"B1"},{"type":"Floor","value":"3"}]          |
        | remove  | map  | urn:ietf:params:scim:schemas:extension:wire:1.0:User | Department |                    | [{"type":"Building","value":"B1"}]                                                                             |
        | remove  | list | urn:wire:scim:schemas:profile:1.0                     | Building   |                    | [{"type":"Department","value":"Sales"}]                                                                        |

    @wire.richinfo.patch @server @must
    Scenario: a rich info value must be text
      Given a user with userName "rita.rich" exists
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"urn:ietf:params:scim:schemas:extension:wire:1.0:User:Floor","value":3}]}
        """
      Then the request is rejected with status 400
      And the error detail is "rich info values can only be text"

  Rule: the types and values of all fields together have at most 5000 characters

    @wire.richinfo.limit @server @must
    Scenario: rich info of exactly 5000 characters is accepted
      When the client creates a user with a rich info field "Bio" of 4997 characters
      Then the user is created

    @wire.richinfo.limit @server @must @edge
    Scenario: rich info of 5001 characters is refused as too large
      When the client creates a user with a rich info field "Bio" of 4998 characters
      Then the request is rejected with status 413 and scimType "invalidValue"
      And the error detail is '["urn:ietf:params:scim:schemas:extension:wire:1.0:User","urn:wire:scim:schemas:profile:1.0"] together exceed the size limit: max 5000 characters, but got 5001 (post)'
      And the response matches the snapshot

    @wire.richinfo.limit @server @must @edge
    Scenario: a PATCH that grows rich info over the limit is refused
      Given a user with userName "rita.rich" exists
      When the client sets the rich info field "Bio" to 5000 characters
      Then the request is rejected with status 413 and scimType "invalidValue"
      And the error detail is '["urn:ietf:params:scim:schemas:extension:wire:1.0:User","urn:wire:scim:schemas:profile:1.0"] together exceed the size limit: max 5000 characters, but got 5003 (put)'
