@platform-feishu-gadget @source-000
Feature: Feishu gadget — calling a scoped API
  Source: seed 000_de03a4aa8ad1be62.txt (Feishu "API 权限", updated 2023-11-13), sections "权限说明" and
  "调用接口后的行为说明" (https://open.feishu.cn/document/client-docs/gadget/-web-app-api/api-scopes).
  Once the user grants a scope, the app may call every API of that scope; a scope never asked about is asked
  for with a prompt; a denied scope makes the call fail and a prompt guides the user to the settings page.
  No client version is given, which means the newest client (at or above every version gate).

  @req-FG-GRANTED-CALL @behaviour-granted-call
  Scenario Outline: A granted scope lets every one of its APIs proceed without a prompt (<api>)
    Given a Feishu gadget user who granted "<scope>"
    When the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | scope                  | api                       |
      | scope.userInfo         | getUserInfo               |
      | scope.userLocation     | startLocationUpdate       |
      | scope.camera           | camera                    |
      | scope.record           | getRecorderManager        |
      | scope.record           | CameraContext.startRecord |
      | scope.writePhotosAlbum | saveImageToPhotosAlbum    |
      | scope.clipboard        | getClipboardData          |
      | scope.appBadge         | updateBadge               |
      | scope.appBadge         | onServerBadgePush         |
      | scope.appBadge         | reportBadge               |
      | scope.bluetooth        | openBluetoothAdapter      |
      | scope.runData          | getStepCount              |

  @req-FG-NEVER-ASKED-ALLOW @behaviour-never-asked-call
  Scenario Outline: A scope never asked about is asked for, and the call proceeds once the user allows (<scope>)
    Given a Feishu gadget user who was never asked for "<scope>"
    When the app calls "<api>" and the user allows
    Then the user is asked to allow "<scope>"
    And the call succeeds

    Examples:
      | scope                  | api                    |
      | scope.userInfo         | getUserInfo            |
      | scope.userLocation     | startLocationUpdate    |
      | scope.camera           | camera                 |
      | scope.record           | getRecorderManager     |
      | scope.writePhotosAlbum | saveImageToPhotosAlbum |
      | scope.clipboard        | getClipboardData       |
      | scope.appBadge         | updateBadge            |
      | scope.bluetooth        | openBluetoothAdapter   |
      | scope.runData          | getStepCount           |

  @req-FG-NEVER-ASKED-DENY @behaviour-never-asked-call
  Scenario Outline: A scope never asked about is asked for; when the user denies, the call fails (<scope>)
    Given a Feishu gadget user who was never asked for "<scope>"
    When the app calls "<api>" and the user denies
    Then the user is asked to allow "<scope>"
    And the call fails

    Examples:
      | scope                  | api                    |
      | scope.userInfo         | getUserInfo            |
      | scope.userLocation     | startLocationUpdate    |
      | scope.camera           | camera                 |
      | scope.record           | getRecorderManager     |
      | scope.writePhotosAlbum | saveImageToPhotosAlbum |
      | scope.clipboard        | getClipboardData       |
      | scope.appBadge         | updateBadge            |
      | scope.bluetooth        | openBluetoothAdapter   |
      | scope.runData          | getStepCount           |

  @req-FG-DENIED-CALL @behaviour-denied-call
  Scenario Outline: A denied scope makes the call fail and guides the user to the settings page (<scope>)
    Given a Feishu gadget user who denied "<scope>"
    When the app calls "<api>"
    Then the call fails
    And a prompt guides the user to the settings page for "<scope>"
    And the error message is unspecified by the sources

    Examples:
      | scope                  | api                    |
      | scope.userInfo         | getUserInfo            |
      | scope.userLocation     | startLocationUpdate    |
      | scope.camera           | camera                 |
      | scope.record           | getRecorderManager     |
      | scope.writePhotosAlbum | saveImageToPhotosAlbum |
      | scope.clipboard        | getClipboardData       |
      | scope.appBadge         | updateBadge            |
      | scope.bluetooth        | openBluetoothAdapter   |
      | scope.runData          | getStepCount           |

  @req-FG-ANSWER-KEPT @behaviour-denied-call
  Scenario Outline: An explicit answer is remembered: after a denial the next call fails and guides the user to the settings page instead of asking again (<scope>)
    Given a Feishu gadget user who was never asked for "<scope>"
    When the app calls "<api>" and the user denies
    And the app calls "<api>"
    Then the call fails
    And a prompt guides the user to the settings page for "<scope>"

    Examples:
      | scope              | api                 |
      | scope.userLocation | startLocationUpdate |
      | scope.record       | getRecorderManager  |
