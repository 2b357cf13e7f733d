@platform-wechat-miniprogram @source-public @behaviour-record-sync
Feature: WeChat mini-program — answers are kept in the backend until the user deletes the app
  Source: the public authorize page cited in platform-specs/wechat-miniprogram.yaml (document wx-mp-authorize), section 授权有效期:
  一旦用户明确同意或拒绝过授权，其授权关系会记录在后台，直到用户主动删除小程序. Reinstalling the client,
  signing in on another device or upgrading the client deletes nothing, so the answer outlives each of them.

  @req-WMP-RECORD-SYNC
  Scenario Outline: A denial is still in force after <change>: the call fails without a prompt
    Given a WeChat mini-program user who denied "scope.userLocation"
    When <change>
    And the app calls "wx.getLocation"
    Then the call fails with an errMsg containing "auth deny" or "auth denied"
    And no prompt is shown

    Examples:
      | change                                  |
      | the user reinstalls the client          |
      | the user signs in on another device     |
      | the client is upgraded to version "9.0" |

  @req-WMP-RECORD-SYNC-GRANTED
  Scenario Outline: A grant is still in force after <change>: the call proceeds without a prompt
    Given a WeChat mini-program user who granted "scope.userLocation"
    When <change>
    And the app calls "wx.getLocation"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | change                                  |
      | the user reinstalls the client          |
      | the user signs in on another device     |
      | the client is upgraded to version "9.0" |
