@platform-feishu-openplatform @source-001
Feature: Feishu Open Platform — who owns what an app creates, and which events it receives
  Source: seed 001_0b158fc905000e66.txt, section "权限类型" (the "My bot" examples of the table): a base created
  with a tenant_access_token belongs to the app, one created with a user_access_token to the user the token
  stands for. Subscribing to events with a tenant_access_token needs an app-identity permission, with a
  user_access_token a user-identity permission ("以 tenant_access_token 调用 API 或者订阅事件时，需要申请应用身份权限");
  the subscription then receives only the changes of documents its identity owns or manages (拥有者或者管理员).
  Which permission the document change event needs is on the event's own page, which is not among the sources
  (§确定所需申请的权限: 可根据 API 或事件的开发文档获取相应的权限信息): the scenarios name one, "drive:drive", as
  their premise.

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
  Scenario: A tenant_access_token subscription with the event's permission receives changes of the app's own documents
    Given a Feishu custom app
    And the document change event needs "drive:drive"
    And the app has "drive:drive" enabled for the tenant identity
    When a document the app owns changes, and the app subscribed with a tenant_access_token
    Then the change event is delivered

  @req-FOP-EVENTS-TENANT-NO-PERMISSION @behaviour-event-delivery
  Scenario: A tenant_access_token subscription of an app holding no permission receives nothing
    Given a Feishu custom app
    And the document change event needs "drive:drive"
    When a document the app owns changes, and the app subscribed with a tenant_access_token
    Then the change event is not delivered

  @req-FOP-EVENTS-TENANT-USER-PERMISSION @behaviour-event-delivery
  Scenario: A user-identity permission does not serve a tenant_access_token subscription
    Given a Feishu custom app
    And the document change event needs "drive:drive"
    And the app has "drive:drive" enabled for the user identity
    When a document the app owns changes, and the app subscribed with a tenant_access_token
    Then the change event is not delivered

  @req-FOP-EVENTS-TENANT-MANAGER @behaviour-event-delivery
  Scenario: A tenant_access_token subscription receives changes of a document the app manages
    Given a Feishu custom app
    And the document change event needs "drive:drive"
    And the app has "drive:drive" enabled for the tenant identity
    When a document user "user-2" owns and the app manages changes, and the app subscribed with a tenant_access_token
    Then the change event is delivered

  @req-FOP-EVENTS-TENANT-OTHERS @behaviour-event-delivery
  Scenario: A tenant_access_token subscription does not see changes of other documents
    Given a Feishu custom app
    And the document change event needs "drive:drive"
    And the app has "drive:drive" enabled for the tenant identity
    When a document user "user-2" owns changes, and the app subscribed with a tenant_access_token
    Then the change event is not delivered

  @req-FOP-EVENTS-USER @behaviour-event-delivery
  Scenario: A user_access_token subscription with the event's permission receives changes of that user's documents
    Given a Feishu custom app
    And the document change event needs "drive:drive"
    And the app has "drive:drive" enabled for the user identity
    When a document user "user-1" owns changes, and the app subscribed with a user_access_token of "user-1"
    Then the change event is delivered

  @req-FOP-EVENTS-USER-NO-PERMISSION @behaviour-event-delivery
  Scenario: An app-identity permission does not serve a user_access_token subscription
    Given a Feishu custom app
    And the document change event needs "drive:drive"
    And the app has "drive:drive" enabled for the tenant identity
    When a document user "user-1" owns changes, and the app subscribed with a user_access_token of "user-1"
    Then the change event is not delivered

  @req-FOP-EVENTS-USER-MANAGER @behaviour-event-delivery
  Scenario: A user_access_token subscription receives changes of a document that user manages
    Given a Feishu custom app
    And the document change event needs "drive:drive"
    And the app has "drive:drive" enabled for the user identity
    When a document user "user-2" owns and user "user-1" manages changes, and the app subscribed with a user_access_token of "user-1"
    Then the change event is delivered

  @req-FOP-EVENTS-USER-OTHERS @behaviour-event-delivery
  Scenario: A user_access_token subscription does not see changes of other users' documents
    Given a Feishu custom app
    And the document change event needs "drive:drive"
    And the app has "drive:drive" enabled for the user identity
    When a document user "user-2" owns changes, and the app subscribed with a user_access_token of "user-1"
    Then the change event is not delivered
