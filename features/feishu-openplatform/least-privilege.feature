@platform-feishu-openplatform @source-001
Feature: Feishu Open Platform — least privilege (权限申请原则), judged on the kit's scopes lint
  Source: seed 001_0b158fc905000e66.txt, section "权限申请原则": "权限的申请应该遵循最小可用原则，权限范围过大可能会
  威胁企业数据安全管控。在无充分理由的情况下，请注意避免直接申请大量接口权限。" The seed states this as guidance for
  developers, not as something the platform does: it names no refusal or warning for an app that applies for more
  than it needs. So these scenarios judge the kit's advice: the app's export (批量导出权限, answered by the target)
  is linted with `scopes lint` (docs/scopes.md) against the calls the app plans, and every applied permission no
  planned call accepts for its identity must be flagged as unneeded, and nothing else. What the platform itself does
  with a larger set is unspecified. Redundant alternatives (two permissions of one any-of) are the lint's own advice
  and are not judged here.

  @req-FOP-LEAST-PRIVILEGE-UNNEEDED @behaviour-least-privilege
  Scenario: scopes lint flags an applied permission no planned call accepts
    Given a Feishu custom app
    And the app has "calendar:calendar:readonly" enabled for the tenant identity
    And the app has "drive:drive" enabled for the tenant identity
    When the developer exports the permissions, planning to call "calendar.v4.calendars.list" with the tenant identity
    Then scopes lint flags "drive:drive" of the tenant identity as unneeded

  @req-FOP-LEAST-PRIVILEGE-MINIMAL @behaviour-least-privilege
  Scenario: scopes lint flags nothing when every applied permission serves a planned call
    Given a Feishu custom app
    And the app has "calendar:calendar:readonly" enabled for the tenant identity
    When the developer exports the permissions, planning to call "calendar.v4.calendars.list" with the tenant identity
    Then scopes lint flags no permission as unneeded

  @req-FOP-LEAST-PRIVILEGE-IDENTITY @behaviour-least-privilege
  Scenario: A permission applied for the identity the plan does not call with is flagged (seed 001 §权限类型)
    Given a Feishu custom app
    And the app has "calendar:calendar:readonly" enabled for the tenant identity
    And the app has "calendar:calendar:readonly" enabled for the user identity
    When the developer exports the permissions, planning to call "calendar.v4.calendars.list" with the tenant identity
    Then scopes lint flags "calendar:calendar:readonly" of the user identity as unneeded

  @req-FOP-LEAST-PRIVILEGE-ALL-OF @behaviour-least-privilege @source-public
  Scenario: Both permissions of an all-of requirement are needed, so neither is flagged
    Given a Feishu custom app
    And the app has "im:message" enabled for the user identity
    And the app has "im:message.send_as_user" enabled for the user identity
    When the developer exports the permissions, planning to call "im.v1.messages.create" with the user identity
    Then scopes lint flags no permission as unneeded
