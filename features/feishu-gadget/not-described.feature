@platform-feishu-gadget @source-000
Feature: Feishu gadget — what the Feishu document does not describe
  Source: seed 000_de03a4aa8ad1be62.txt. The document describes API calls only: it names no API to ask ahead of use,
  to read the settings or to open the settings page, gives no errMsg text and does not discuss removing the
  gadget. A conforming runtime may do anything here; these scenarios record that the kit does not judge it.

  @req-FG-AUTHORIZE-AHEAD @behaviour-authorize-ahead
  Scenario: Asking ahead of use is not described
    Given a Feishu gadget user who was never asked for "scope.record"
    When the app asks ahead for "scope.record" and the user allows
    Then the outcome is unspecified by the sources

  @req-FG-AUTHORIZE-DENIED @behaviour-authorize-ahead
  Scenario: Asking ahead of use for a denied scope is not described
    Given a Feishu gadget user who denied "scope.record"
    When the app asks ahead for "scope.record"
    Then the outcome is unspecified by the sources

  @req-FG-GET-SETTING @behaviour-get-setting
  Scenario: Reading the authorization settings is not described
    Given a Feishu gadget user who denied "scope.camera"
    When the app reads the authorization settings
    Then the settings are unspecified by the sources

  @req-FG-SETTINGS-PAGE @behaviour-settings-page
  Scenario: What the settings page lists is not described
    Given a Feishu gadget user who granted "scope.record"
    When the user opens the settings page
    Then the settings page is unspecified by the sources

  @req-FG-DELETE-APP @behaviour-delete-app
  Scenario: What deleting the gadget does to the answers is not described
    Given a Feishu gadget user who denied "scope.bluetooth"
    When the user deletes the app
    And the app calls "openBluetoothAdapter"
    Then the outcome is unspecified by the sources

  @req-FG-TOGGLE-SETTING @behaviour-toggle-setting
  Scenario: Switching a scope in the settings page is not described
    Given a Feishu gadget user who denied "scope.clipboard"
    When the user switches "scope.clipboard" on in the settings page
    And the app calls "getClipboardData"
    Then the outcome is unspecified by the sources
