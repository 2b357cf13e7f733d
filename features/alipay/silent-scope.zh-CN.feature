# language: zh-CN
@platform-alipay @source-002 @source-public @lang-zh-CN
功能: 支付宝小程序 — auth_base 静默授权
  来源：种子文件 002_e6de7b55752006f3.txt “scope 列表”：auth_base | 静默授权，不会发起授权浮窗；支付宝 my.getAuthCode 页面
  https://miniprogram.alipay.com/docs/miniprogram/mpdev/api_openapi_getauthcode （“Scopes”：auth_base 为默认值，静默获取用户 ID，不弹出授权框）。
  是否记录授权资料未说明，因此不判定记录。与英文版 silent-scope.feature 相同。

  @req-AP-SILENT-CALL-ZH @behaviour-never-asked-call
  场景: auth_base 的 my.getAuthCode 调用成功，不询问用户
    假如 一个支付宝小程序用户从未被询问过 "auth_base"
    当 小程序调用 "my.getAuthCode"
    那么 调用成功
    并且 不弹窗

  @req-AP-SILENT-AUTHORIZE-ZH @behaviour-authorize-ahead
  场景: 提前请求 auth_base 授权成功，不弹窗
    假如 一个支付宝小程序用户从未被询问过 "auth_base"
    当 小程序提前请求授权 "auth_base"
    那么 调用成功
    并且 不弹窗
