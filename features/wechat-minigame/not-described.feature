@platform-wechat-minigame @source-004
Feature: WeChat mini-game — what the sources do not describe
  Sources: seed 004_fbe78417d07fe0d6.txt (WeChat mini-game "用户授权", sections 调用接口发起授权, 提前发起授权,
  处理用户拒绝授权, 获取用户授权设置, 引导用户重新授权, 重置授权记录, Scope 列表); seed 003 for scope.userInfo (小游戏可继续调用)
  Records after reinstalling, changing device or upgrading are decided in record-sync.feature (kept in the
  backend until the app is deleted). Neither source says in which order WeChat's and the operating system's prompts appear. The kit records these as unspecified.

  @req-WMG-OS-PROMPT-ORDER @behaviour-os-prompt-order
  Scenario: The order of WeChat's prompt and the operating system's prompt is not described
    Given a WeChat mini-game user who was never asked for "scope.record"
    And the operating system will also ask for its permission, and the user allows
    When the app calls "wx.startRecord" and the user allows
    Then the prompts are unspecified by the sources
