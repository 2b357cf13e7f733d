@platform-alipay @source-002 @source-public
Feature: Alipay mini-program — auth_base is authorized silently
  Sources: seed 002_e6de7b55752006f3.txt, section "scope 列表": auth_base | 静默授权，不会发起授权浮窗。在支付宝客户端获取
  auth_code | 支持: 阿里小程序; Alipay's my.getAuthCode page,
  https://miniprogram.alipay.com/docs/miniprogram/mpdev/api_openapi_getauthcode (section Scopes): "auth_base (This
  is the default value.) Authorized to silently obtain user ID only. Silent authorization does not pop the frame".
  The spec marks the scope `consent: silent`. Whether anything is recorded is not stated, so records are not judged;
  the other Alipay scopes stay undescribed (not-described.feature).

  @req-AP-SILENT-CALL @behaviour-never-asked-call
  Scenario: my.getAuthCode for auth_base succeeds without asking the user
    Given an Alipay mini-program user who was never asked for "auth_base"
    When the app calls "my.getAuthCode"
    Then the call succeeds
    And no prompt is shown

  @req-AP-SILENT-AUTHORIZE @behaviour-authorize-ahead
  Scenario: Asking ahead for auth_base succeeds without a prompt
    Given an Alipay mini-program user who was never asked for "auth_base"
    When the app asks ahead for "auth_base"
    Then the request succeeds
    And no prompt is shown
