@platform-feishu-openplatform @source-001 @source-public
Feature: Feishu Open Platform — the documented errors of a refused call
  Sources: seed 001_0b158fc905000e66.txt, section "什么是 API 权限" (an app calls an API only with the permission
  applied and approved) and section "权限类型" (the access token tells who calls, as which identity); the pages
  platform-specs/feishu-openplatform.yaml cites:
  https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-fix-the-99991672-error
  (99991672, permission_violations type action_scope_required),
  https://open.larkoffice.com/document/faq/trouble-shooting/how-to-resolve-error-99991679 (99991679,
  action_privilege_required: the user has not authorized the permission), and
  and, for tokens, vendor code only: the Java SDK's constants 99991663 / 99991668 (invalid tenant / user token) and
  the Lark CLI's 99991661 / 99991677 (missing / expired user token). The spec's `errors` list is the one source of
  these codes and states their standing: an SDK or CLI constant is not the platform's documentation, so the token
  codes are unspecified here (a target may answer them). No source at all gives the code of a token type the API
  does not take.

  @req-FOP-ERR-99991672 @behaviour-error-codes
  Scenario: A call without any of the API's permissions fails with 99991672, action_scope_required
    Given a Feishu custom app
    When the app calls "drive.v1.files.list" with a tenant_access_token
    Then the API call is refused with code 99991672
    And the permission violations are of type "action_scope_required"

  @req-FOP-ERR-99991679 @behaviour-error-codes
  Scenario: A user token whose user has not authorized the permission fails with 99991679, action_privilege_required
    Given a Feishu custom app
    And the app has "drive:drive" enabled for the user identity
    When the app calls "drive.v1.files.list" with a user_access_token of "user-1"
    Then the API call is refused with code 99991679
    And the permission violations are of type "action_privilege_required"

  @req-FOP-ERR-TOKEN-INVALID @behaviour-error-codes
  Scenario: An invalid tenant_access_token is refused; its code is only a vendor constant
    Given a Feishu custom app
    And the app has "drive:drive" enabled for the tenant identity
    When the app calls "drive.v1.files.list" with an invalid tenant_access_token
    Then the API call fails
    And the error code is unspecified by the sources

  @req-FOP-ERR-USER-TOKEN-INVALID @behaviour-error-codes
  Scenario: An invalid user_access_token is refused; its code is only a vendor constant
    Given a Feishu custom app
    And the app has "drive:drive" enabled for the user identity
    And user "user-1" has authorized the app for "drive:drive"
    When the app calls "drive.v1.files.list" with an invalid user_access_token of "user-1"
    Then the API call fails
    And the error code is unspecified by the sources

  @req-FOP-ERR-TOKEN-EXPIRED @behaviour-error-codes
  Scenario: An expired tenant_access_token is refused; no source gives its code
    Given a Feishu custom app
    And the app has "drive:drive" enabled for the tenant identity
    When the app calls "drive.v1.files.list" with an expired tenant_access_token
    Then the API call fails
    And the error code is unspecified by the sources

  @req-FOP-ERR-TOKEN-MISSING @behaviour-error-codes
  Scenario: A call without an access token is refused; its code is only a vendor constant
    Given a Feishu custom app
    When the app calls "drive.v1.files.list" without an access token
    Then the API call fails
    And the error code is unspecified by the sources

  @req-FOP-ERR-TOKEN-TYPE @behaviour-error-codes
  Scenario: A token of an identity the API does not take is refused; its code is not documented
    Given a Feishu custom app
    When the app calls "corehr.v1.authorizations.get_by_param" with a user_access_token of "user-1"
    Then the API call fails
    And the error code is unspecified by the sources
