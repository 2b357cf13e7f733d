# language: zh-CN
@platform-alipay @source-002 @source-public @lang-zh-CN
功能: 支付宝小程序 — 平台自身的调用行为资料未说明
  来源：种子文件 002_e6de7b55752006f3.txt（@uni/authorize 移植库的说明属于移植库，不属于支付宝）；
  https://miniprogram.alipay.com/docs/miniprogram/mpdev/api_openapi_getauthcode （my.getAuthCode 的 scope）；my.getSetting 与 my.openSetting 页面只说明了读取设置与设置界面
  （见 settings.feature），未说明接口调用的结果。支付宝没有 my.authorize。与英文版 not-described.feature 相同。

  @req-AP-CALL-NOT-DESCRIBED-ZH @behaviour-never-asked-call
  场景大纲: 在支付宝上调用 <api> 的结果资料未说明
    假如 一个支付宝小程序用户
    当 小程序调用 "<api>" 且用户同意
    那么 资料未规定调用结果

    例子:
      | api                          |
      | zhima.credit.score.brief.get |

  @req-AP-AUTHORIZE-NOT-DESCRIBED-ZH @behaviour-authorize-ahead
  场景大纲: 在支付宝上提前请求授权 <scope> 的结果资料未说明
    假如 一个支付宝小程序用户
    当 小程序提前请求授权 "<scope>" 且用户同意
    那么 资料未规定调用结果

    例子:
      | scope      |
      | auth_user  |
      | auth_zhima |
