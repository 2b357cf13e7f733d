@platform-feishu-openplatform @source-001
Feature: Feishu Open Platform — applying for permissions of a custom app (企业自建应用)
  Source: seed 001_0b158fc905000e66.txt, sections "自建应用", "权限申请原则", "为企业自建应用申请 API 权限"
  (步骤一：申请权限, 步骤三：正式发布应用). The tenant admin decides which permissions are review-exempt; a
  review-exempt permission takes effect right after applying, a review-required one only after a version (number
  such as 1.0.0, update notes, permission changes, availability, reason) is created, submitted and approved by
  the tenant admin. Permissions are applied per identity (tenant or user). The code of a refused call, 99991672
  (@source-public): https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-fix-the-99991672-error

  @req-FOP-EXEMPT-AT-ONCE @behaviour-review-exempt
  Scenario Outline: A review-exempt permission is enabled right after applying (<identity> identity)
    Given a Feishu custom app
    And the tenant admin has made "calendar:calendar:readonly" review-exempt
    When the developer applies for "calendar:calendar:readonly" for the <identity> identity
    Then "calendar:calendar:readonly" is enabled for the <identity> identity

    Examples:
      | identity |
      | tenant   |
      | user     |

  @req-FOP-REQUIRED-PENDING @behaviour-version-review @source-public
  Scenario: A review-required permission is only pending release after applying, and the API refuses the app
    Given a Feishu custom app
    And "calendar:calendar:readonly" requires review for the app
    When the developer applies for "calendar:calendar:readonly" for the tenant identity
    Then "calendar:calendar:readonly" is pending release for the tenant identity
    When the app calls "calendar.v4.calendars.list" with a tenant_access_token
    Then the API call is refused with code 99991672

  @req-FOP-VERSION-CREATED @behaviour-version-review
  Scenario: A saved version (number like 1.0.0, notes, permission changes, availability, reason) waits to be submitted
    Given a Feishu custom app
    And "calendar:calendar:readonly" requires review for the app
    When the developer applies for "calendar:calendar:readonly" for the tenant identity
    And the developer creates version "1.0.0" with the reason "show the team calendar"
    Then the version status is pending application
    And "calendar:calendar:readonly" is pending release for the tenant identity

  @req-FOP-VERSION-APPROVED @behaviour-version-review
  Scenario: A review-required permission takes effect once the version carrying it is approved by the tenant admin
    Given a Feishu custom app
    And "calendar:calendar:readonly" requires review for the app
    When the developer applies for "calendar:calendar:readonly" for the tenant identity
    And the developer creates version "1.0.0"
    And the developer submits the version for release
    Then "calendar:calendar:readonly" is under review for the tenant identity
    And the version status is in review
    When the tenant admin approves the version
    Then "calendar:calendar:readonly" is enabled for the tenant identity
    And the version status is approved
    When the app calls "calendar.v4.calendars.list" with a tenant_access_token
    Then the API call succeeds

  @req-FOP-VERSION-REJECTED @behaviour-version-review
  Scenario: A rejected version leaves its review-required permissions not enabled
    Given a Feishu custom app
    And "calendar:calendar:readonly" requires review for the app
    When the developer applies for "calendar:calendar:readonly" for the tenant identity
    And the developer creates version "1.0.0"
    And the developer submits the version for release
    And the tenant admin rejects the version
    Then the sources name no version status after this step
    And "calendar:calendar:readonly" is not enabled for the tenant identity

  @req-FOP-IDENTITIES-APART @behaviour-identity-split
  Scenario: Applying for one identity does not apply for the other
    Given a Feishu custom app
    And the tenant admin has made "calendar:calendar:readonly" review-exempt
    When the developer applies for "calendar:calendar:readonly" for the tenant identity
    Then "calendar:calendar:readonly" is enabled for the tenant identity
    And "calendar:calendar:readonly" is not applied for the user identity
