@platform-feishu-openplatform @source-001
Feature: Feishu Open Platform — who owns what an app creates, and which events it receives
  Source: seed 001_0b158fc905000e66.txt, section "权限类型" (the "My bot" examples of the table): a base created
  with a tenant_access_token belongs to the app, one created with a user_access_token to the user the token
  stands for; a subscription to document change events made with a tenant_access_token receives only the
  changes of documents the app owns or manages, one made with a user_access_token only those of the user.

  @req-FOP-OWNER-TENANT @behaviour-resource-ownership
  Scenario: A base created with a tenant_access_token belongs to the app
    Given a Feishu custom app
    And the app has "bitable:app" enabled for the tenant identity
    When the app creates a base with a tenant_access_token
    Then the new base is owned by the app

  @req-FOP-OWNER-USER @behaviour-resource-ownership
  Scenario: A base created with a user_access_token belongs to that user
    Given a Feishu custom app
    And the app has "bitable:app" enabled for the user identity
    And user "user-1" has authorized the app for "bitable:app"
    When the app creates a base with a user_access_token of "user-1"
    Then the new base is owned by user "user-1"

  @req-FOP-EVENTS-TENANT @behaviour-event-delivery
  Scenario: Document change events subscribed with a tenant_access_token cover the app's own documents only
    Given a Feishu custom app
    And the app has "drive:drive" enabled for the tenant identity
    When the app subscribes to document change events with a tenant_access_token
    Then the app receives changes of documents the app owns or manages
    And the app receives no changes of other documents

  @req-FOP-EVENTS-USER @behaviour-event-delivery
  Scenario: Document change events subscribed with a user_access_token cover that user's documents only
    Given a Feishu custom app
    And the app has "drive:drive" enabled for the user identity
    And user "user-1" has authorized the app for "drive:drive"
    When the app subscribes to document change events with a user_access_token of "user-1"
    Then the app receives changes of documents user "user-1" owns or manages
    And the app receives no changes of other documents
