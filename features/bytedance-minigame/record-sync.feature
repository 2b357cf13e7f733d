@platform-bytedance-minigame @source-public @behaviour-record-sync
Feature: ByteDance (Douyin) mini-game — answers stay on one device
  Sources: the mini-game 用户授权 guide https://developer.open-douyin.com/docs/resource/zh-CN/mini-game/develop/guide/basic-function/authorization
  ("⚠️ 注意": 用户授权设置不会与服务器同步，若用户更换设备，或在同一设备上切换账号，则会重新提示授权). So on another
  device the first call prompts again. Unlike the mini-program's tt.authorize page, no mini-game page read says what
  reinstalling Douyin does, and none says what upgrading it does.

  @req-BDG-RECORD-SYNC-ASKS-AGAIN
  Scenario: A refusal does not follow the user to another device: the first call asks again
    Given a ByteDance mini-game user who denied "scope.userLocation"
    When the user signs in on another device
    And the app calls "tt.getLocation" and the user allows
    Then the user is asked to allow "scope.userLocation"
    And the call succeeds

  @req-BDG-RECORD-SYNC-GRANT-ASKS-AGAIN
  Scenario: A grant does not follow the user to another device: the first call asks again
    Given a ByteDance mini-game user who granted "scope.camera"
    When the user signs in on another device
    And the app calls "tt.scanCode" and the user denies
    Then the user is asked to allow "scope.camera"
    And the call fails

  @req-BDG-RECORD-SYNC-REINSTALL
  Scenario Outline: What <change> does to the records is not described
    Given a ByteDance mini-game user who denied "scope.userLocation"
    When <change>
    And the app calls "tt.getLocation"
    Then the outcome is unspecified by the sources

    Examples:
      | change                                 |
      | the user reinstalls the client         |
      | the client is upgraded to version "99.0" |
