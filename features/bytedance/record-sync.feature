@platform-bytedance @source-public @behaviour-record-sync
Feature: ByteDance (Douyin) mini-program — answers stay on one device and are wiped by a reinstall
  Sources: the mini-app 用户授权 tutorial https://developer.open-douyin.com/docs/resource/zh-CN/mini-app/develop/tutorial/open-capabilities/general-capabilities/user-authorization
  ("授权状态存储": 授权设置仅存储在当前设备当前账号下，与服务器及其他设备无关联；更换设备或切换账号需重新触发首次授权流程)
  and the mini-app tt.authorize page https://partner.open-douyin.com/docs/resource/zh-CN/mini-app/develop/api/open-interface/authorization/tt-authorize ("Bug & Tip": 清除抖音缓存或重装抖音会重置权限).
  So on another device, or after reinstalling Douyin, the first call prompts again. What upgrading the client does
  is not stated.

  @req-BD-RECORD-SYNC-ASKS-AGAIN
  Scenario Outline: A refusal does not follow the user after <change>: the first call asks again
    Given a ByteDance mini-program user who denied "scope.userLocation"
    When <change>
    And the app calls "tt.getLocation" and the user allows
    Then the user is asked to allow "scope.userLocation"
    And the call succeeds

    Examples:
      | change                              |
      | the user signs in on another device |
      | the user reinstalls the client      |

  @req-BD-RECORD-SYNC-GRANT-ASKS-AGAIN
  Scenario Outline: A grant does not follow the user after <change>: the first call asks again
    Given a ByteDance mini-program user who granted "scope.camera"
    When <change>
    And the app calls "tt.scanCode" and the user denies
    Then the user is asked to allow "scope.camera"
    And the call fails

    Examples:
      | change                              |
      | the user signs in on another device |
      | the user reinstalls the client      |

  @req-BD-RECORD-SYNC-UPGRADE
  Scenario: What a client upgrade does to the records is not described
    Given a ByteDance mini-program user who denied "scope.userLocation"
    When the client is upgraded to version "99.0"
    And the app calls "tt.getLocation"
    Then the outcome is unspecified by the sources
