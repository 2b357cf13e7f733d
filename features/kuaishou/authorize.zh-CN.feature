# language: zh-CN
@platform-kuaishou @source-002 @source-public @behaviour-authorize-ahead @lang-zh-CN
功能: 快手小程序 — ks.authorize
  来源：种子文件 002_e6de7b55752006f3.txt “scope 列表”（移植库在快手小程序上支持的 scope）；快手 ks.authorize 页面
  https://mp.kuaishou.com/docs/develop/api-next/open/authorize/ks.authorize.html ：调用后会立刻弹窗询问用户是否同意授权……如果用户之前已经同意授权，则不会出现弹窗，直接返回成功。
  接口调用与拒绝之后的行为资料未说明（未找到 ks.getSetting、ks.openSetting 的小程序页面）。与英文版 authorize.feature 相同。

  @req-KS-AUTHORIZE-NEVER-ASKED-ZH
  场景大纲: ks.authorize 请求 <scope> 时弹窗询问，用户同意后成功
    假如 一个快手小程序用户从未被询问过 "<scope>"
    当 小程序提前请求授权 "<scope>" 且用户同意
    那么 弹窗询问用户授权 "<scope>"
    并且 调用成功

    例子:
      | scope                        |
      | scope.userInfo               |
      | scope.userLocation           |
      | scope.userLocationBackground |
      | scope.record                 |
      | scope.writePhotosAlbum       |
      | scope.camera                 |

  @req-KS-AUTHORIZE-DENIED-ZH
  场景: 用户拒绝后再次 ks.authorize 的结果资料未说明
    假如 一个快手小程序用户从未被询问过 "scope.camera"
    当 小程序提前请求授权 "scope.camera" 且用户拒绝
    并且 小程序提前请求授权 "scope.camera"
    那么 资料未规定调用结果
