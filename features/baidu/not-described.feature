@platform-baidu @source-public @source-002
Feature: Baidu smart mini-program — what Baidu's pages leave open
  Sources read and found silent (platform-specs/baidu.yaml lists them per key in `silentIn`): Baidu's swan.authorize
  page https://smartprogram.baidu.com/docs/develop/api/open/authorize_swan-authorize/ (section "swan.authorize": 提前向用户发起授权请求 — nothing on an already granted or a refused scope), the
  授权 guide copy https://w3cschool.cn/baiduapp/baiduapp-zpyt39sd.html and the swan.openSetting copy https://w3cschool.cn/baiduapp/baiduapp-xdnk39sz.html
  (neither says what swan.getSetting reports for a scope never asked, nor which scopes the settings page lists).
  scope.calendar comes from seed 002_e6de7b55752006f3.txt ("scope 列表") only.

  @req-BA-AUTHORIZE-NOT-DESCRIBED @behaviour-authorize-ahead
  Scenario Outline: Asking ahead for <scope> on Baidu is not described
    Given a Baidu mini-program user
    When the app asks ahead for "<scope>" and the user allows
    Then the outcome is unspecified by the sources

    Examples:
      | scope                  |
      | scope.userInfo         |
      | scope.userLocation     |
      | scope.writePhotosAlbum |
      | scope.address          |
      | scope.invoiceTitle     |
      | scope.record           |
      | scope.camera           |
      | scope.calendar         |

  @req-BA-GET-SETTING-NOT-DESCRIBED @behaviour-get-setting
  Scenario: What getSetting reports is not described
    Given a Baidu mini-program user who granted "scope.userLocation"
    When the app reads the authorization settings
    Then the settings are unspecified by the sources

  @req-BA-SETTINGS-PAGE-NOT-DESCRIBED @behaviour-settings-page
  Scenario: Which scopes the settings page lists is not described
    Given a Baidu mini-program user who granted "scope.userLocation"
    When the user opens the settings page
    Then the settings page is unspecified by the sources
