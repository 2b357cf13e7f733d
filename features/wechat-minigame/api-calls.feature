@platform-wechat-minigame @source-004
Feature: WeChat mini-game — calling a scoped API
  Sources: seed 004_fbe78417d07fe0d6.txt (WeChat mini-game "用户授权", sections 调用接口发起授权, 提前发起授权,
  处理用户拒绝授权, 获取用户授权设置, 引导用户重新授权, 重置授权记录, Scope 列表); seed 003 for scope.userInfo (小游戏可继续调用)
  Granted scopes let every API proceed; a scope never asked about is asked for on first use (allow: success,
  deny: failure); after a denial later calls fail straight away, with no prompt, and the errMsg contains
  'auth deny' or 'auth denied' (iOS and Android differ).

  @req-WMG-GRANTED-CALL @behaviour-granted-call
  Scenario Outline: A granted scope lets every one of its APIs proceed without a prompt (<api>)
    Given a WeChat mini-game user who granted "<scope>"
    When the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | scope                  | api                       |
      | scope.userInfo         | wx.getUserInfo            |
      | scope.userLocation     | wx.getLocation            |
      | scope.werun            | wx.getWeRunData           |
      | scope.record           | wx.startRecord            |
      | scope.record           | RecorderManager.start     |
      | scope.writePhotosAlbum | wx.saveImageToPhotosAlbum |

  @req-WMG-NEVER-ASKED-ALLOW @behaviour-never-asked-call
  Scenario Outline: The first use asks the user, and the call succeeds when the user allows (<scope>)
    Given a WeChat mini-game user who was never asked for "<scope>"
    When the app calls "<api>" and the user allows
    Then the user is asked to allow "<scope>"
    And the call succeeds

    Examples:
      | scope                  | api                       |
      | scope.userInfo         | wx.getUserInfo            |
      | scope.userLocation     | wx.getLocation            |
      | scope.werun            | wx.getWeRunData           |
      | scope.record           | wx.startRecord            |
      | scope.writePhotosAlbum | wx.saveImageToPhotosAlbum |

  @req-WMG-NEVER-ASKED-DENY @behaviour-never-asked-call
  Scenario Outline: The first use asks the user, and the call fails when the user denies (<scope>)
    Given a WeChat mini-game user who was never asked for "<scope>"
    When the app calls "<api>" and the user denies
    Then the user is asked to allow "<scope>"
    And the call fails with an errMsg containing "auth deny" or "auth denied"

    Examples:
      | scope                  | api                       |
      | scope.userInfo         | wx.getUserInfo            |
      | scope.userLocation     | wx.getLocation            |
      | scope.werun            | wx.getWeRunData           |
      | scope.record           | wx.startRecord            |
      | scope.writePhotosAlbum | wx.saveImageToPhotosAlbum |

  @req-WMG-DENIED-CALL @behaviour-denied-call
  Scenario Outline: After a denial the call fails straight away, without a prompt (<scope>)
    Given a WeChat mini-game user who denied "<scope>"
    When the app calls "<api>"
    Then the call fails with an errMsg containing "auth deny" or "auth denied"
    And no prompt is shown

    Examples:
      | scope                  | api                       |
      | scope.userInfo         | wx.getUserInfo            |
      | scope.userLocation     | wx.getLocation            |
      | scope.werun            | wx.getWeRunData           |
      | scope.record           | wx.startRecord            |
      | scope.writePhotosAlbum | wx.saveImageToPhotosAlbum |
