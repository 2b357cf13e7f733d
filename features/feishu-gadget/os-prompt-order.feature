@platform-feishu-gadget @source-000 @behaviour-os-prompt-order
Feature: Feishu gadget — the order of the gadget's and the operating system's prompts is not promised
  Source: seed 000_de03a4aa8ad1be62.txt, section "系统接口权限": 在调用一个同时需要小程序权限和系统权限的 API 时，
  可能会先出现小程序 API 授权弹窗，再出现系统接口授权弹窗。 — "可能会" (may): the gadget's prompt first is possible,
  not promised, so the order of the prompts is unspecified (behaviour.osPromptOrder: unspecified); the call itself
  still succeeds when the user allows both.

  @req-FG-OS-PROMPT-ORDER
  Scenario Outline: Calling <api> on a device that has not yet given Feishu its permission shows prompts in an order the seed does not promise
    Given a Feishu gadget user who was never asked for "<scope>"
    And the operating system will also ask for its permission, and the user allows
    When the app calls "<api>" and the user allows
    Then the prompts are unspecified by the sources
    And the call succeeds

    Examples:
      | scope                  | api                    |
      | scope.userLocation     | startLocationUpdate    |
      | scope.camera           | camera                 |
      | scope.record           | getRecorderManager     |
      | scope.writePhotosAlbum | saveImageToPhotosAlbum |
      | scope.bluetooth        | openBluetoothAdapter   |

  @req-FG-OS-PROMPT-REFUSED
  Scenario: When the user refuses the operating system's permission the result is not described
    Given a Feishu gadget user who was never asked for "scope.camera"
    And the operating system will also ask for its permission, and the user denies
    When the app calls "camera" and the user allows
    Then the outcome is unspecified by the sources
