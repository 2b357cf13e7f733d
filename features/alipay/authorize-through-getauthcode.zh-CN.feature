# language: zh-CN
@platform-alipay @source-public @lang-zh-CN
功能: 支付宝小程序 — 提前请求授权通过 my.getAuthCode 完成（支付宝没有 my.authorize）
  来源：支付宝授权接口页面 https://docs.alipay.com/mini/api/openapi-authorize （my.getAuthCode；入参 scopes 支持
  auth_base、auth_user、auth_zhima，用于：套件的“提前请求授权”对应到 my.getAuthCode 的 scope）与 Alipay+ 文档的
  my.getAuthCode 页面 https://miniprogram.alipay.com/docs-besuperapp/miniprogram_besuperapp/mpdev/api_openapi_getauthcode
  （回调字段 authCode、authSuccessScopes、authErrorScopes；失败结果为 error / errorMessage，没有 errMsg）。
  支付宝没有 my.authorize（platform-specs/alipay.yaml 的 container.absent），因此对其他 scope 提前请求授权的结果资料未说明。
  与英文版 authorize-through-getauthcode.feature 相同。

  @req-AP-AUTHORIZE-GETAUTHCODE-FIELDS-ZH @behaviour-response-fields
  场景: 提前请求授权 auth_base 时返回 my.getAuthCode 的成功字段
    假如 一个支付宝小程序用户
    当 小程序提前请求授权 "auth_base"
    那么 调用成功
    并且 不弹窗
    并且 返回结果包含字段 "authCode, authErrorScopes, authSuccessScopes"

  @req-AP-AUTHORIZE-NO-API-ZH @behaviour-authorize-ahead
  场景大纲: 提前请求授权 <scope>（支付宝没有接口请求该 scope）的结果资料未说明
    假如 一个支付宝小程序用户
    当 小程序提前请求授权 "<scope>" 且用户同意
    那么 资料未规定调用结果
    并且 资料未规定返回结果的字段

    例子:
      | scope                  |
      | scope.userInfo         |
      | scope.writePhotosAlbum |
      | scope.camera           |
