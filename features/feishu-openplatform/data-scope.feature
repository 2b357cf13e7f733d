@platform-feishu-openplatform @source-001
Feature: Feishu Open Platform — data scope of contacts and HR calls, and fields that need their own permission
  Source: seed 001_0b158fc905000e66.txt, sections "步骤一：申请权限" (注意), "方式二：使用测试企业调试 API" (注意) and
  "确定所需申请的权限" (字段权限要求). Calling contacts (通讯录) or HR (飞书人事（企业版）) APIs with a
  tenant_access_token needs a data scope configured for the app; with a user_access_token the data range is the
  user's own and needs no configuration. A response field with a field permission requirement (user_id needs
  获取用户 user ID) is returned only with that permission; the call still succeeds.
  Not stated (issue 20 item 4): what a tenant_access_token contacts call returns for a user outside the configured
  range. "步骤一：申请权限" (注意: 还需为应用配置可访问的数据范围) and "方式二：使用测试企业调试 API" (注意: 则需要为应用配置相应的数据权限)
  say that a range must be configured, not what a call about a user outside it answers; "批量导入权限" (需要为该权限 配置数据范围)
  is silent too. The kit models only whether a data scope is configured, so that case has no scenario; it is unspecified.

  @req-FOP-DATA-SCOPE-CONFIGURED @behaviour-data-scope
  Scenario Outline: A tenant_access_token call to <api> succeeds once a data scope is configured
    Given a Feishu custom app
    And the tenant admin has configured the app's data scope
    And the app has "<permission>" enabled for the tenant identity
    When the app calls "<api>" with a tenant_access_token
    Then the API call succeeds

    Examples:
      | api                                     | permission                    |
      | contact.v3.users.get                    | contact:contact.base:readonly |
      | corehr.v1.authorizations.get_by_param   | corehr:corehr:readonly        |
      | corehr.v2.employees.job_datas.batch_get | corehr:job_data:read          |

  @req-FOP-DATA-SCOPE-MISSING @behaviour-data-scope
  Scenario: A tenant_access_token call to contacts without a configured data scope: what happens is not described
    Given a Feishu custom app
    And the app has "contact:contact.base:readonly" enabled for the tenant identity
    When the app calls "contact.v3.users.get" with a tenant_access_token
    Then the outcome of the API call is unspecified by the sources

  @req-FOP-DATA-SCOPE-USER @behaviour-data-scope
  Scenario: A user_access_token call to contacts needs no data scope: the user's own range applies
    Given a Feishu custom app
    And the app has "contact:contact.base:readonly" enabled for the user identity
    And user "user-1" has authorized the app for "contact:contact.base:readonly"
    When the app calls "contact.v3.users.get" with a user_access_token of "user-1"
    Then the API call succeeds

  @req-FOP-FIELD-WITHHELD @behaviour-field-permission
  Scenario: Without 获取用户 user ID the call succeeds and user_id is withheld
    Given a Feishu custom app
    And the tenant admin has configured the app's data scope
    And the app has "contact:contact.base:readonly" enabled for the tenant identity
    When the app calls "contact.v3.users.get" with a tenant_access_token asking for "user_id"
    Then the API call succeeds
    And the response withholds the field "user_id"

  @req-FOP-FIELD-RETURNED @behaviour-field-permission
  Scenario: With 获取用户 user ID the response carries user_id
    Given a Feishu custom app
    And the tenant admin has configured the app's data scope
    And the app has "contact:contact.base:readonly" enabled for the tenant identity
    And the app has "contact:user.employee_id:readonly" enabled for the tenant identity
    When the app calls "contact.v3.users.get" with a tenant_access_token asking for "user_id"
    Then the API call succeeds
    And the response carries the field "user_id"
