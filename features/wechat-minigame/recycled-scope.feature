@platform-wechat-minigame @source-003 @source-004 @behaviour-recycled-scope
Feature: WeChat mini-game — scope.userInfo is still usable by mini-games
  Sources: seed 003_9da539426fe20c1e.txt, section "权限列表": scope.userInfo 小程序已回收…，小游戏可继续调用;
  seed 004_fbe78417d07fe0d6.txt, section "Scope 列表" (scope.userInfo | wx.getUserInfo()) and
  "调用接口发起授权" (第一次使用某个 scope 下的接口时，会弹窗询问用户).

  @req-WMG-USERINFO-STILL-ASKED
  Scenario: A mini-game still asks for scope.userInfo on first use
    Given a WeChat mini-game user who was never asked for "scope.userInfo"
    When the app calls "wx.getUserInfo" and the user allows
    Then the user is asked to allow "scope.userInfo"
    And the call succeeds

  @req-WMG-USERINFO-DENIED
  Scenario: A mini-game whose user denied scope.userInfo fails without a prompt
    Given a WeChat mini-game user who denied "scope.userInfo"
    When the app calls "wx.getUserInfo"
    Then the call fails with an errMsg containing "auth deny" or "auth denied"
    And no prompt is shown
