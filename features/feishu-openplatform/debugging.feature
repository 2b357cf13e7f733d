@platform-feishu-openplatform @source-001
Feature: Feishu Open Platform — calling the API before review while testing (免审核测试联调)
  Source: seed 001_0b158fc905000e66.txt, sections "步骤二：免审核 API 权限进行测试联调" (方式一, 方式二) of both
  app types and "步骤三：正式发布应用". Way 1: where a permission supports it, the app developer's own
  user_access_token may call the API right after applying, without a release (the seed's example: 列出自定义角色
  with 查看、评论、编辑和管理多维表格 or 查看、评论和导出多维表格); some sensitive permissions cannot be debugged so.
  Way 2: with a test enterprise and a test version, every permission applied for is review-exempt and takes
  effect at once; it does not take effect in the formal version. A store app's version set as the test version
  is installed in the test enterprise, "并可以在该测试企业中免审调用 API": its permissions take effect there without
  review, and stay pending release in the formal version. The code of a refused call, 99991672
  (@source-public): https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-fix-the-99991672-error

  @req-FOP-DEBUG-DEVELOPER-TOKEN @behaviour-user-token-debug
  Scenario Outline: The developer's own user_access_token calls right after applying, without a release (<permission>)
    Given a Feishu custom app
    And "<permission>" requires review for the app
    When the developer applies for "<permission>" for the user identity
    Then "<permission>" is pending release for the user identity
    When the app calls "bitable.v1.app_roles.list" with the developer's user_access_token
    Then the API call succeeds

    Examples:
      | permission           |
      | bitable:app          |
      | bitable:app:readonly |

  @req-FOP-DEBUG-OTHER-USER @behaviour-user-token-debug @source-public
  Scenario: Review-free debugging serves only the developer: another user's token is refused until release
    Given a Feishu custom app
    And "bitable:app" requires review for the app
    When the developer applies for "bitable:app" for the user identity
    And user "user-2" has authorized the app for "bitable:app"
    And the app calls "bitable.v1.app_roles.list" with a user_access_token of "user-2"
    Then the API call is refused with code 99991672

  @req-FOP-DEBUG-NOT-DOCUMENTED @behaviour-user-token-debug
  Scenario: Whether the developer's token debugs a permission the sources do not mark as debuggable is unspecified
    Given a Feishu custom app
    And "calendar:calendar:readonly" requires review for the app
    When the developer applies for "calendar:calendar:readonly" for the user identity
    And the app calls "calendar.v4.calendars.list" with the developer's user_access_token
    Then the outcome of the API call is unspecified by the sources

  @req-FOP-TEST-VERSION-CUSTOM @behaviour-test-version
  Scenario: On a custom app's test version every permission applied for is review-exempt and enabled at once
    Given a Feishu custom app with a test enterprise, switched to its test version
    And "corehr:corehr:readonly" requires review for the app
    When the developer applies for "corehr:corehr:readonly" for the tenant identity
    Then "corehr:corehr:readonly" is enabled for the tenant identity

  @req-FOP-TEST-VERSION-STORE @behaviour-test-version
  Scenario: A store app's version set as the test version is testing, and permissions applied on it take effect without review
    Given a Feishu store app with a test enterprise
    When the developer applies for "calendar:calendar:readonly" for the tenant identity
    And the developer creates version "0.1.0"
    And the developer sets the version as the test version
    Then the version status is testing
    When the developer applies for "drive:drive" for the tenant identity
    Then "drive:drive" is enabled for the tenant identity

  @req-FOP-TEST-VERSION-STORE-KEEPS @behaviour-test-version
  Scenario: A store app's version set as the test version keeps its permissions, callable in the test enterprise without review
    Given a Feishu store app with a test enterprise
    When the developer applies for "calendar:calendar:readonly" for the tenant identity
    And the developer creates version "0.1.0"
    And the developer sets the version as the test version
    Then "calendar:calendar:readonly" is enabled for the tenant identity
    When the app calls "calendar.v4.calendars.list" with a tenant_access_token
    Then the API call succeeds
    When the developer switches the app to its formal version
    Then "calendar:calendar:readonly" is pending release for the tenant identity

  @req-FOP-TEST-NOT-FORMAL @behaviour-test-version
  Scenario: Permissions enabled on the test version do not take effect in the formal version
    Given a Feishu custom app with a test enterprise, switched to its test version
    And "calendar:calendar:readonly" requires review for the app
    When the developer applies for "calendar:calendar:readonly" for the tenant identity
    Then "calendar:calendar:readonly" is enabled for the tenant identity
    When the developer switches the app to its formal version
    Then "calendar:calendar:readonly" is not applied for the tenant identity
