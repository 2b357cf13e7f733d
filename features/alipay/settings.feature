@platform-alipay @source-public
Feature: Alipay mini-program — reading the settings and the settings page
  Sources: Alipay's my.getSetting page https://miniprogram.alipay.com/docs-besuperapp/miniprogram_besuperapp/mpdev/api_device_setting_getsetting
  ("Only the permissions that have been requested by the Mini Program from the user are returned"; authSetting values
  are boolean, whether the user gives the permission or not) and my.openSetting page
  https://miniprogram.alipay.com/docs/miniprogram_claro/mpdev/api_device_setting_opensetting ("Only the permissions that have been requested by the Mini
  Program from the user are displayed on the settings page"). No page read says how a user comes to grant or refuse
  (a call's prompt is not described), so only the user never asked anything can be set up: nothing is reported and
  nothing is listed.

  @req-AP-GET-SETTING-EMPTY @behaviour-get-setting
  Scenario: getSetting of a user never asked anything reports no scopes
    Given an Alipay mini-program user
    When the app reads the authorization settings
    Then the call succeeds
    And the settings report no scopes

  @req-AP-SETTINGS-PAGE-EMPTY @behaviour-settings-page
  Scenario: The settings page of a user never asked anything lists no scopes
    Given an Alipay mini-program user
    When the user opens the settings page
    Then the settings page lists no scopes
