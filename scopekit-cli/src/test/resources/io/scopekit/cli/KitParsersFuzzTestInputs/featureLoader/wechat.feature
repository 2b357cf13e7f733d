@platform-wechat-miniprogram @source-003
Feature: Fixture: WeChat checks for the report tests

  @req-FX-WX-SETTING @behaviour-get-setting
  Scenario: getSetting is tri-state
    Given the configured target opens a session
    Then the auth_setting check for scope.record is passed with expected "{scope.record=false}" and observed "{scope.record=false}"

  @req-FX-WX-ASK @behaviour-never-asked-call
  Scenario Outline: never asked scopes prompt
    Given the configured target opens a session
    Then the prompts check for <scope> is passed with expected "[consent(<scope>)]" and observed "[consent(<scope>)]"

    Examples:
      | scope            |
      | scope.record     |
      | scope.camera     |
      | scope.userLocation |
      | scope.werun      |

  @req-FX-WX-ORDER @behaviour-os-prompt-order
  Scenario: os prompt order is not supported by the target
    Given the configured target opens a session
    Then the prompts check for scope.camera is unsupported with expected "[consent, os]" and observed ""
