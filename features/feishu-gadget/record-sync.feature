@platform-feishu-gadget @source-000 @behaviour-record-sync
Feature: Feishu gadget — answers survive reinstalling Feishu and changing device from Feishu 3.5 on
  Source: seed 000_de03a4aa8ad1be62.txt, section "授权有效期": 一旦用户明确同意或拒绝过授权，其授权信息会被记录。
  在飞书客户端 V3.5 及以后版本，授权信息会同步到服务器，更换设备或者卸载重装后不再需要用户重新授权。
  Older clients are not described.

  @req-FG-SYNC-DENIED
  Scenario Outline: A denial made on Feishu <version> still applies after <change>
    Given a Feishu gadget user on client version "<version>"
    And the user denied "<scope>"
    When <change>
    And the app calls "<api>"
    Then the call fails
    And a prompt guides the user to the settings page for "<scope>"

    Examples:
      | version | scope              | api                 | change                             |
      | 3.5     | scope.userLocation | startLocationUpdate | the user reinstalls the client     |
      | 3.5     | scope.record       | getRecorderManager  | the user signs in on another device |
      | 5.21    | scope.camera       | camera              | the user reinstalls the client     |
      | 5.21    | scope.clipboard    | getClipboardData    | the user signs in on another device |

  @req-FG-SYNC-GRANTED
  Scenario Outline: A grant made on Feishu <version> still applies after <change>
    Given a Feishu gadget user on client version "<version>"
    And the user granted "<scope>"
    When <change>
    And the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | version | scope                  | api                    | change                             |
      | 3.5     | scope.writePhotosAlbum | saveImageToPhotosAlbum | the user reinstalls the client     |
      | 3.6     | scope.bluetooth        | openBluetoothAdapter   | the user signs in on another device |
      | 5.21    | scope.userInfo         | getUserInfo            | the user signs in on another device |

  @req-FG-SYNC-BEFORE-3-5
  Scenario Outline: Before Feishu 3.5 what remains after <change> is not described
    Given a Feishu gadget user on client version "3.4"
    And the user denied "scope.runData"
    When <change>
    And the app calls "getStepCount"
    Then the outcome is unspecified by the sources
    And the prompts are unspecified by the sources

    Examples:
      | change                             |
      | the user reinstalls the client     |
      | the user signs in on another device |
