@platform-feishu-gadget @source-000 @behaviour-os-prompt-order
Feature: Feishu gadget — the gadget's prompt comes before the operating system's prompt
  Source: seed 000_de03a4aa8ad1be62.txt, section "系统接口权限": 在调用一个同时需要小程序权限和系统权限的 API 时，
  可能会先出现小程序 API 授权弹窗，再出现系统接口授权弹窗。

  @req-FG-OS-PROMPT-ORDER
  Scenario Outline: Calling <api> on a device that has not yet given Feishu its permission shows the gadget prompt first
    Given a Feishu gadget user who was never asked for "<scope>"
    And the operating system will also ask for its permission, and the user allows
    When the app calls "<api>" and the user allows
    Then the prompt for "<scope>" is shown before the operating system's prompt
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
