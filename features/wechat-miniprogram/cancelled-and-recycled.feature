@platform-wechat-miniprogram @source-003
Feature: WeChat mini-program — cancelled scopes and the recycled scope.userInfo
  Source: seed 003_9da539426fe20c1e.txt, section "权限列表": scope.address, scope.invoiceTitle and scope.invoice
  are marked 已取消授权，可以直接调用对应接口 (authorization cancelled, call the API directly); scope.userInfo is
  marked 小程序已回收，请使用头像昵称填写，小游戏可继续调用 (recycled for mini-programs, still usable by mini-games).

  @req-WMP-CANCELLED-SCOPE @behaviour-cancelled-scope
  Scenario Outline: The API of the cancelled <scope> is called directly, without a prompt, and nothing is recorded
    Given a WeChat mini-program user
    When the app calls "<api>"
    Then the call succeeds
    And no prompt is shown
    When the app reads the authorization settings
    Then the settings report no scopes

    Examples:
      | scope              | api                   |
      | scope.address      | wx.chooseAddress      |
      | scope.invoiceTitle | wx.chooseInvoiceTitle |
      | scope.invoice      | wx.chooseInvoice      |

  @req-WMP-RECYCLED-USERINFO @behaviour-recycled-scope
  Scenario: For mini-programs scope.userInfo is recycled; what wx.getUserInfo then does is not described
    Given a WeChat mini-program user
    When the app calls "wx.getUserInfo"
    Then the outcome is unspecified by the sources
    And the prompts are unspecified by the sources
