@platform-wechat-miniprogram @source-003 @source-004
Feature: WeChat mini-program — what the sources do not describe
  Sources: seed 003_9da539426fe20c1e.txt (WeChat mini-program scope list, section "权限列表"); seed 004_fbe78417d07fe0d6.txt
  (WeChat "用户授权", the general consent model); https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/authorize.html
  Records after reinstalling, changing device or upgrading are decided in record-sync.feature (kept in the
  backend until the app is deleted). Neither source says in which order WeChat's and the operating system's prompts appear. The kit records these as unspecified.

  @req-WMP-OS-PROMPT-ORDER @behaviour-os-prompt-order
  Scenario: The order of WeChat's prompt and the operating system's prompt is not described
    Given a WeChat mini-program user who was never asked for "scope.record"
    And the operating system will also ask for its permission, and the user allows
    When the app calls "wx.startRecord" and the user allows
    Then the prompts are unspecified by the sources
