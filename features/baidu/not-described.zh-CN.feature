# language: zh-CN
@platform-baidu @source-public @source-002 @lang-zh-CN
功能: 百度小程序 — 百度资料未说明的行为
  已阅读但未说明的资料（platform-specs/baidu.yaml 中每个键的 `silentIn` 逐一列出）：百度 swan.authorize 页面
  https://smartprogram.baidu.com/docs/develop/api/open/authorize_swan-authorize/ （“swan.authorize”：提前向用户发起授权请求 — 未说明已授权或已拒绝时的结果）、《授权》指南副本
  https://w3cschool.cn/baiduapp/baiduapp-zpyt39sd.html 以及 swan.openSetting 副本 https://w3cschool.cn/baiduapp/baiduapp-xdnk39sz.html
  （均未说明 swan.getSetting 对从未询问的权限如何返回，也未说明设置界面列出哪些权限）。
  scope.calendar 仅见于种子文件 002_e6de7b55752006f3.txt（“scope 列表”）。与英文版 not-described.feature 相同。

  @req-BA-AUTHORIZE-NOT-DESCRIBED-ZH @behaviour-authorize-ahead
  场景大纲: 在百度上提前请求授权 <scope> 的结果资料未说明
    假如 一个百度小程序用户
    当 小程序提前请求授权 "<scope>" 且用户同意
    那么 资料未规定调用结果

    例子:
      | scope                  |
      | scope.userInfo         |
      | scope.userLocation     |
      | scope.writePhotosAlbum |
      | scope.address          |
      | scope.invoiceTitle     |
      | scope.record           |
      | scope.camera           |
      | scope.calendar         |

  @req-BA-GET-SETTING-NOT-DESCRIBED-ZH @behaviour-get-setting
  场景: swan.getSetting 的返回资料未说明
    假如 一个百度小程序用户已授权 "scope.userLocation"
    当 小程序读取授权设置
    那么 资料未规定授权设置

  @req-BA-SETTINGS-PAGE-NOT-DESCRIBED-ZH @behaviour-settings-page
  场景: 设置界面列出哪些权限资料未说明
    假如 一个百度小程序用户已授权 "scope.userLocation"
    当 用户打开权限设置界面
    那么 资料未规定权限设置界面
