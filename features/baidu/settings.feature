@platform-baidu @source-public
Feature: Baidu smart mini-program — the settings page, deleting the app, where answers are kept
  Source: Baidu's 授权 guide, read in the copy https://w3cschool.cn/baiduapp/baiduapp-zpyt39sd.html:
  "打开设置界面" — the user controls the mini-program's authorizations in 右上角 -> 设置 -> 权限管理;
  "授权有效期" — once the user clearly agreed or refused, the answer is recorded in the backend until the user
  deletes the mini-program. Reinstalling the client, signing in on another device or upgrading the client deletes
  nothing, so the answer outlives each of them; deleting the app ends every record, so the scope is asked for again.
  What getSetting reports and which scopes the settings page lists are not stated (see not-described.feature).

  @req-BA-TOGGLE-ON @behaviour-toggle-setting
  Scenario Outline: Switching a refused <scope> on in the settings page lets <api> proceed without a prompt
    Given a Baidu mini-program user who denied "<scope>"
    When the user switches "<scope>" on in the settings page
    And the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | scope                  | api                         |
      | scope.userLocation     | swan.getLocation            |
      | scope.record           | swan.getRecorderManager     |
      | scope.writePhotosAlbum | swan.saveImageToPhotosAlbum |
      | scope.address          | swan.chooseAddress          |

  @req-BA-TOGGLE-OFF @behaviour-toggle-setting
  Scenario Outline: Switching a granted <scope> off in the settings page makes <api> fail without a prompt
    Given a Baidu mini-program user who granted "<scope>"
    When the user switches "<scope>" off in the settings page
    And the app calls "<api>"
    Then the call fails
    And no prompt is shown

    Examples:
      | scope                  | api                         |
      | scope.userLocation     | swan.getLocation            |
      | scope.record           | swan.getRecorderManager     |
      | scope.writePhotosAlbum | swan.saveImageToPhotosAlbum |
      | scope.address          | swan.chooseAddress          |

  @req-BA-DELETE-APP-ASKS-AGAIN @behaviour-delete-app
  Scenario Outline: After deleting the app a refused <scope> is asked for again
    Given a Baidu mini-program user who denied "<scope>"
    When the user deletes the app
    And the app calls "<api>" and the user allows
    Then the user is asked to allow "<scope>"
    And the call succeeds

    Examples:
      | scope                  | api                         |
      | scope.userLocation     | swan.getLocation            |
      | scope.record           | swan.getRecorderManager     |
      | scope.writePhotosAlbum | swan.saveImageToPhotosAlbum |
      | scope.address          | swan.chooseAddress          |

  @req-BA-RECORD-SYNC @behaviour-record-sync
  Scenario Outline: A refusal is still in force after <change>: the call fails without a prompt
    Given a Baidu mini-program user who denied "scope.userLocation"
    When <change>
    And the app calls "swan.getLocation"
    Then the call fails
    And no prompt is shown

    Examples:
      | change                                   |
      | the user reinstalls the client           |
      | the user signs in on another device      |
      | the client is upgraded to version "99.0" |

  @req-BA-RECORD-SYNC-GRANTED @behaviour-record-sync
  Scenario Outline: A grant is still in force after <change>: the call proceeds without a prompt
    Given a Baidu mini-program user who granted "scope.userLocation"
    When <change>
    And the app calls "swan.getLocation"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | change                                   |
      | the user reinstalls the client           |
      | the user signs in on another device      |
      | the client is upgraded to version "99.0" |
