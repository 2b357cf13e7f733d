@platform-wechat-minigame @source-public @behaviour-record-sync
Feature: WeChat mini-game — answers are kept in the backend until the user deletes the app
  Source: the public authorize page cited in platform-specs/wechat-minigame.yaml (document wx-mg-authorize), section 授权有效期:
  一旦用户明确同意或拒绝过授权，其授权关系会记录在后台，直到用户主动删除小程序. Reinstalling the client,
  signing in on another device or upgrading the client deletes nothing, so the answer outlives each of them.

  @req-WMG-RECORD-SYNC
  Scenario Outline: A denial is still in force after <change>: the call fails without a prompt
    Given a WeChat mini-game user who denied "scope.userInfo"
    When <change>
    And the app calls "wx.getUserInfo"
    Then the call fails with an errMsg containing "auth deny" or "auth denied"
    And no prompt is shown

    Examples:
      | change                                  |
      | the user reinstalls the client          |
      | the user signs in on another device     |
      | the client is upgraded to version "9.0" |

  @req-WMG-RECORD-SYNC-GRANTED
  Scenario Outline: A grant is still in force after <change>: the call proceeds without a prompt
    Given a WeChat mini-game user who granted "scope.userInfo"
    When <change>
    And the app calls "wx.getUserInfo"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | change                                  |
      | the user reinstalls the client          |
      | the user signs in on another device     |
      | the client is upgraded to version "9.0" |
