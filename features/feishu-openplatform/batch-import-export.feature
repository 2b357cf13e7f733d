@platform-feishu-openplatform @source-001
Feature: Feishu Open Platform — batch import and export of API permissions (批量导入导出)
  Source: seed 001_0b158fc905000e66.txt, sections "批量导入导出 API 权限", "批量导入权限", "批量导出权限". Custom and
  store apps can import and export. Imported permissions are new applications only and leave the existing ones
  untouched; an unknown permission, or one whose availability excludes the app, is an error ("该权限不存在或该应用
  无权申请该权限，请重新录入"); already applied ones are filtered out; the result is shown by identity type, and a
  type with nothing imported is not shown. Afterwards a custom app's review-exempt permission (or any permission
  of a test-version app) is enabled, one linked to a data scope needs its data scope configured, one that needs
  review is pending release. The export copies every applied permission in the states pending release, under
  review and enabled. The seed shows the console's import and export format only as a screenshot: the JSON
  {"scopes":{"tenant":[...],"user":[...]}} the scenarios use is the kit's target protocol (docs/target-api.md), and
  only its lists of permissions by identity are judged, not its shape. What an input that is not that JSON does is
  not discussed (unspecified).

  @req-FOP-IMPORT-NEW-ONLY @behaviour-batch-import
  Scenario: Importing adds new applications and leaves those already applied untouched
    Given a Feishu custom app
    And the tenant admin has made "calendar:calendar:readonly" review-exempt
    And "drive:drive" requires review for the app
    And the app has "calendar:calendar:readonly" enabled for the tenant identity
    When the developer imports {"scopes":{"tenant":["calendar:calendar:readonly","drive:drive"]}}
    Then the import succeeds
    And the import lists "drive:drive" for the tenant identity
    And "calendar:calendar:readonly" is enabled for the tenant identity
    And "drive:drive" is pending release for the tenant identity

  @req-FOP-IMPORT-UNKNOWN @behaviour-batch-import
  Scenario: Importing an unknown permission is refused with the documented message, and nothing changes
    Given a Feishu custom app
    And "drive:drive" requires review for the app
    When the developer imports {"scopes":{"tenant":["drive:drive","no:such:permission"]}}
    Then the import is refused with a message containing "该权限不存在或该应用无权申请该权限"
    And "drive:drive" is not applied for the tenant identity

  @req-FOP-IMPORT-NOT-AVAILABLE @behaviour-batch-import
  Scenario: Importing a permission whose availability excludes the app is refused with the same message
    Given a Feishu custom app
    And "corehr:corehr" is not available to the app
    When the developer imports {"scopes":{"tenant":["corehr:corehr"]}}
    Then the import is refused with a message containing "该权限不存在或该应用无权申请该权限"
    And "corehr:corehr" is not applied for the tenant identity

  @req-FOP-IMPORT-BY-IDENTITY @behaviour-batch-import
  Scenario: The import result is shown by identity type; a type with nothing imported is not shown
    Given a Feishu custom app
    And "calendar:calendar:readonly" requires review for the app
    When the developer imports {"scopes":{"user":["calendar:calendar:readonly"]}}
    Then the import lists "calendar:calendar:readonly" for the user identity
    And the import shows no tenant identity tab

  @req-FOP-IMPORT-EXEMPT-ENABLED @behaviour-batch-import
  Scenario: An imported review-exempt permission of a custom app is enabled
    Given a Feishu custom app
    And the tenant admin has made "drive:drive:readonly" review-exempt
    When the developer imports {"scopes":{"tenant":["drive:drive:readonly"]}}
    Then "drive:drive:readonly" is enabled for the tenant identity

  @req-FOP-IMPORT-TEST-VERSION @behaviour-batch-import
  Scenario: A permission imported into a test-version app is enabled
    Given a Feishu custom app with a test enterprise, switched to its test version
    And "drive:drive" requires review for the app
    When the developer imports {"scopes":{"tenant":["drive:drive"]}}
    Then "drive:drive" is enabled for the tenant identity

  @req-FOP-IMPORT-DATA-SCOPE @behaviour-batch-import
  Scenario: An imported permission linked to a data scope needs its data scope configured
    Given a Feishu custom app
    And the tenant admin has made "contact:contact.base:readonly" review-exempt
    When the developer imports {"scopes":{"tenant":["contact:contact.base:readonly"]}}
    Then "contact:contact.base:readonly" needs its data scope configured for the tenant identity
    When the tenant admin configures the app's data scope
    Then "contact:contact.base:readonly" is enabled for the tenant identity

  @req-FOP-IMPORT-PENDING @behaviour-batch-import
  Scenario: An imported permission that needs review is pending release until the version is approved
    Given a Feishu custom app
    And "drive:drive" requires review for the app
    When the developer imports {"scopes":{"tenant":["drive:drive"]}}
    Then "drive:drive" is pending release for the tenant identity
    When the developer creates version "1.0.0"
    And the developer submits the version for release
    And the tenant admin approves the version
    Then "drive:drive" is enabled for the tenant identity

  @req-FOP-IMPORT-STORE @behaviour-batch-import
  Scenario: A store app imports too; its permissions are pending release
    Given a Feishu store app
    When the developer imports {"scopes":{"tenant":["drive:drive"]}}
    Then "drive:drive" is pending release for the tenant identity

  @req-FOP-IMPORT-MALFORMED @behaviour-batch-import
  Scenario: Importing text that is not the batch JSON: what happens is not described
    Given a Feishu custom app
    And the tenant admin has made "drive:drive:readonly" review-exempt
    And the app has "drive:drive:readonly" enabled for the tenant identity
    When the developer imports {"scopes":["drive:drive"
    Then the outcome of the lifecycle step is unspecified by the sources

  @req-FOP-EXPORT @behaviour-batch-export
  Scenario: The export lists the permissions pending release, under review and enabled, by identity
    Given a Feishu custom app
    And the tenant admin has made "calendar:calendar:readonly" review-exempt
    And "drive:drive" requires review for the app
    And "bitable:app" requires review for the app
    When the developer applies for "calendar:calendar:readonly" for the user identity
    And the developer applies for "drive:drive" for the tenant identity
    And the developer creates version "1.0.0"
    And the developer submits the version for release
    And the developer applies for "bitable:app" for the tenant identity
    And the developer exports the permissions
    Then the export is {"scopes":{"tenant":["bitable:app","drive:drive"],"user":["calendar:calendar:readonly"]}}
