@platform-feishu-openplatform @source-001
Feature: Feishu Open Platform — who owns what an app creates, and which events it receives
  Source: seed 001_0b158fc905000e66.txt, section "权限类型" (the "My bot" examples of the table): a base created
  with a tenant_access_token belongs to the app, one created with a user_access_token to the user the token
  stands for; a subscription to document change events made with a tenant_access_token receives only the
  changes of documents the app owns or manages, one made with a user_access_token only those of that user.

  @req-FOP-OWNER-TENANT @behaviour-resource-ownership
  Scenario: A base created with a tenant_access_token belongs to the app
    Given a Feishu custom app
    And the app has "bitable:app" enabled for the tenant identity
    When the app creates a base with a tenant_access_token
    Then the API call succeeds
    And the new base is owned by the app

  @req-FOP-OWNER-USER @behaviour-resource-ownership
  Scenario: A base created with a user_access_token belongs to the user the token stands for
    Given a Feishu custom app
    And the app has "bitable:app" enabled for the user identity
    And user "user-1" has authorized the app for "bitable:app"
    When the app creates a base with a user_access_token of "user-1"
    Then the API call succeeds
    And the new base is owned by user "user-1"

  @req-FOP-EVENTS-TENANT @behaviour-event-delivery
  Scenario: A tenant_access_token subscription receives changes of the app's own documents
    Given a Feishu custom app
    When a document the app owns changes, and the app subscribed with a tenant_access_token
    Then the change event is delivered

  @req-FOP-EVENTS-TENANT-OTHERS @behaviour-event-delivery
  Scenario: A tenant_access_token subscription does not see changes of other documents
    Given a Feishu custom app
    When a document user "user-2" owns changes, and the app subscribed with a tenant_access_token
    Then the change event is not delivered

  @req-FOP-EVENTS-USER @behaviour-event-delivery
  Scenario: A user_access_token subscription receives changes of that user's documents
    Given a Feishu custom app
    When a document user "user-1" owns changes, and the app subscribed with a user_access_token of "user-1"
    Then the change event is delivered

  @req-FOP-EVENTS-USER-OTHERS @behaviour-event-delivery
  Scenario: A user_access_token subscription does not see changes of other users' documents
    Given a Feishu custom app
    When a document user "user-2" owns changes, and the app subscribed with a user_access_token of "user-1"
    Then the change event is not delivered
