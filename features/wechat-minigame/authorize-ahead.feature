@platform-wechat-minigame @source-004 @behaviour-authorize-ahead
Feature: WeChat mini-game — asking ahead of use with wx.authorize
  Sources: seed 004_fbe78417d07fe0d6.txt (WeChat mini-game "用户授权", sections 调用接口发起授权, 提前发起授权,
  处理用户拒绝授权, 获取用户授权设置, 引导用户重新授权, 重置授权记录, Scope 列表); seed 003 for scope.userInfo (小游戏可继续调用)
  Seed 004 "提前发起授权": wx.authorize() asks ahead of use; "引导用户重新授权": once denied, wx.authorize fails
  straight away without a prompt; "处理用户拒绝授权": the errMsg contains 'auth deny' or 'auth denied'.
  scope.userInfo is left out of the never-asked outlines: seed 004 "获取用户授权设置" says wx.authorize asks a user
  never asked for scope.userInfo (未询问过用户授权，调用相关 API 或者 wx.authorize 会弹窗询问用户), while the public
  mini-game page (platform-specs/wechat-minigame.yaml, document wx-mg-authorize) notes that
  wx.authorize({scope: "scope.userInfo"}) shows no window. The kit asserts neither (WMG-AUTHORIZE-USERINFO).

  @req-WMG-AUTHORIZE-ALLOW
  Scenario Outline: Asking ahead for <scope> shows a prompt, and a later call proceeds without one
    Given a WeChat mini-game user who was never asked for "<scope>"
    When the app asks ahead for "<scope>" and the user allows
    Then the user is asked to allow "<scope>"
    And the request succeeds
    When the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | scope                  | api                       |
      | scope.userLocation     | wx.getLocation            |
      | scope.werun            | wx.getWeRunData           |
      | scope.record           | wx.startRecord            |
      | scope.writePhotosAlbum | wx.saveImageToPhotosAlbum |

  @req-WMG-AUTHORIZE-DENY
  Scenario Outline: Asking ahead for <scope> fails when the user denies
    Given a WeChat mini-game user who was never asked for "<scope>"
    When the app asks ahead for "<scope>" and the user denies
    Then the user is asked to allow "<scope>"
    And the request fails with an errMsg containing "auth deny" or "auth denied"

    Examples:
      | scope                  | api                       |
      | scope.userLocation     | wx.getLocation            |
      | scope.werun            | wx.getWeRunData           |
      | scope.record           | wx.startRecord            |
      | scope.writePhotosAlbum | wx.saveImageToPhotosAlbum |

  @req-WMG-AUTHORIZE-USERINFO
  Scenario: Asking ahead for a never-asked scope.userInfo is unspecified: the cited sources disagree
    Given a WeChat mini-game user who was never asked for "scope.userInfo"
    When the app asks ahead for "scope.userInfo" and the user allows
    Then the outcome is unspecified by the sources
    And the prompts are unspecified by the sources

  @req-WMG-AUTHORIZE-GRANTED
  Scenario Outline: Asking ahead for an already granted <scope> succeeds without a prompt
    Given a WeChat mini-game user who granted "<scope>"
    When the app asks ahead for "<scope>"
    Then the request succeeds
    And no prompt is shown

    Examples:
      | scope                  | api                       |
      | scope.userInfo         | wx.getUserInfo            |
      | scope.userLocation     | wx.getLocation            |
      | scope.werun            | wx.getWeRunData           |
      | scope.record           | wx.startRecord            |
      | scope.writePhotosAlbum | wx.saveImageToPhotosAlbum |

  @req-WMG-AUTHORIZE-DENIED
  Scenario Outline: Asking ahead for a denied <scope> fails straight away, without a prompt
    Given a WeChat mini-game user who denied "<scope>"
    When the app asks ahead for "<scope>"
    Then the request fails with an errMsg containing "auth deny" or "auth denied"
    And no prompt is shown

    Examples:
      | scope                  | api                       |
      | scope.userInfo         | wx.getUserInfo            |
      | scope.userLocation     | wx.getLocation            |
      | scope.werun            | wx.getWeRunData           |
      | scope.record           | wx.startRecord            |
      | scope.writePhotosAlbum | wx.saveImageToPhotosAlbum |
