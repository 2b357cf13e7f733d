@platform-feishu-openplatform @source-001
Feature: Feishu Open Platform — applying for permissions of a store app (商店应用)
  Source: seed 001_0b158fc905000e66.txt, sections "商店应用", "权限申请原则", "为商店应用申请 API 权限". A store
  app's permissions are normal or advanced; every permission change passes two reviews: the Open Platform's at
  listing and the tenant admin's at install or version update, and neither alone enables anything. An advanced permission is not approved without a
  necessary reason: with none given the review does not pass; whether a given reason is necessary is the reviewers'
  judgement (and the store version form of 步骤二 shows no reason field), so the review's result is then unspecified. An applied permission waits for release (待发布). Release kinds: targeted, full, non-public.

  @req-FOP-STORE-PENDING @behaviour-store-review
  Scenario: A permission applied for by a store app is pending release
    Given a Feishu store app
    When the developer applies for "calendar:calendar:readonly" for the tenant identity
    Then "calendar:calendar:readonly" is pending release for the tenant identity

  @req-FOP-STORE-TWO-REVIEWS @behaviour-store-review
  Scenario Outline: A <level> permission of a store app takes effect after the platform's and the tenant admin's reviews
    Given a Feishu store app
    And "calendar:calendar:readonly" is a <level> permission for store apps
    When the developer applies for "calendar:calendar:readonly" for the tenant identity
    And the developer creates version "1.0.0" with the reason "show the team calendar"
    And the developer submits the version for release
    And the Open Platform approves the listing
    Then "calendar:calendar:readonly" is under review for the tenant identity
    When the tenant admin approves the version at install
    Then "calendar:calendar:readonly" is enabled for the tenant identity
    And the version status is approved

    Examples:
      | level    |
      | normal   |

  @req-FOP-STORE-ADVANCED-REASON @behaviour-store-review
  Scenario: An advanced permission applied for with a reason: whether the reason is necessary is not stated
    Given a Feishu store app
    And "calendar:calendar:readonly" is an advanced permission for store apps
    When the developer applies for "calendar:calendar:readonly" for the tenant identity
    And the developer creates version "1.0.0" with the reason "show the team calendar"
    And the developer submits the version for release
    And the Open Platform reviews the listing
    Then the outcome of the lifecycle step is unspecified by the sources

  @req-FOP-STORE-ADMIN-ALONE @behaviour-store-review
  Scenario: The tenant admin's approval alone, before the platform's listing review, enables nothing
    Given a Feishu store app
    When the developer applies for "calendar:calendar:readonly" for the tenant identity
    And the developer creates version "1.0.0" with the reason "show the team calendar"
    And the developer submits the version for release
    And the tenant admin approves the version at install
    Then "calendar:calendar:readonly" is not enabled for the tenant identity

  @req-FOP-STORE-PLATFORM-ALONE @behaviour-store-review
  Scenario: The platform's listing review alone enables nothing
    Given a Feishu store app
    When the developer applies for "calendar:calendar:readonly" for the tenant identity
    And the developer creates version "1.0.0" with the reason "show the team calendar"
    And the developer submits the version for release
    And the Open Platform approves the listing
    Then "calendar:calendar:readonly" is not enabled for the tenant identity
    When the app calls "calendar.v4.calendars.list" with a tenant_access_token
    Then the API call is refused with code 99991672

  @req-FOP-STORE-ADVANCED-NO-REASON @behaviour-store-review
  Scenario: An advanced permission applied for without a necessary reason does not pass the review
    Given a Feishu store app
    And "calendar:calendar:readonly" is an advanced permission for store apps
    When the developer applies for "calendar:calendar:readonly" for the tenant identity
    And the developer creates version "1.0.0" without a reason
    And the developer submits the version for release
    And the Open Platform reviews the listing
    Then the review does not pass
    And "calendar:calendar:readonly" is not enabled for the tenant identity

  @req-FOP-STORE-RELEASE-KINDS @behaviour-store-review
  Scenario Outline: Store releases are targeted, full or non-public; what each does is not described (<kind>)
    Given a Feishu store app
    When the developer releases the app as a <kind> listing
    Then the outcome of the lifecycle step is unspecified by the sources

    Examples:
      | kind       |
      | targeted   |
      | full       |
      | non-public |
