# language: zh-CN
@platform-baidu @source-public @lang-zh-CN
功能: 百度小程序 — 权限设置界面、删除小程序、授权记录保存在哪里
  来源：百度《授权》指南，阅读的是其副本 https://w3cschool.cn/baiduapp/baiduapp-zpyt39sd.html ：
  “打开设置界面” — 用户可在“右上角 -> 设置 -> 权限管理”中控制该小程序的授权状态；
  “授权有效期” — 用户明确同意或拒绝过后，授权关系记录在后台，直到用户主动删除小程序。卸载重装客户端、
  换设备登录或升级客户端都不会删除小程序，记录依然有效；删除小程序则记录全部失效，再次调用会重新询问。
  swan.getSetting 的返回与设置界面列出哪些权限，资料未说明（见 not-described.feature）。与英文版 settings.feature 相同。

  @req-BA-TOGGLE-ON-ZH @behaviour-toggle-setting
  场景大纲: 在权限设置界面打开已拒绝的 <scope> 后，<api> 直接执行，不弹窗
    假如 一个百度小程序用户已拒绝 "<scope>"
    当 用户在权限设置界面打开 "<scope>"
    并且 小程序调用 "<api>"
    那么 调用成功
    并且 不弹窗

    例子:
      | scope                  | api                         |
      | scope.userLocation     | swan.getLocation            |
      | scope.record           | swan.getRecorderManager     |
      | scope.writePhotosAlbum | swan.saveImageToPhotosAlbum |
      | scope.address          | swan.chooseAddress          |

  @req-BA-TOGGLE-OFF-ZH @behaviour-toggle-setting
  场景大纲: 在权限设置界面关闭已授权的 <scope> 后，<api> 失败，不弹窗
    假如 一个百度小程序用户已授权 "<scope>"
    当 用户在权限设置界面关闭 "<scope>"
    并且 小程序调用 "<api>"
    那么 调用失败
    并且 不弹窗

    例子:
      | scope                  | api                         |
      | scope.userLocation     | swan.getLocation            |
      | scope.record           | swan.getRecorderManager     |
      | scope.writePhotosAlbum | swan.saveImageToPhotosAlbum |
      | scope.address          | swan.chooseAddress          |

  @req-BA-DELETE-APP-ASKS-AGAIN-ZH @behaviour-delete-app
  场景大纲: 删除小程序后，已拒绝的 <scope> 会再次弹窗询问
    假如 一个百度小程序用户已拒绝 "<scope>"
    当 用户删除小程序
    并且 小程序调用 "<api>" 且用户同意
    那么 弹窗询问用户授权 "<scope>"
    并且 调用成功

    例子:
      | scope                  | api                         |
      | scope.userLocation     | swan.getLocation            |
      | scope.record           | swan.getRecorderManager     |
      | scope.writePhotosAlbum | swan.saveImageToPhotosAlbum |
      | scope.address          | swan.chooseAddress          |

  @req-BA-RECORD-SYNC-ZH @behaviour-record-sync
  场景大纲: <change>之后拒绝依然有效：调用失败，不弹窗
    假如 一个百度小程序用户已拒绝 "scope.userLocation"
    当 <change>
    并且 小程序调用 "swan.getLocation"
    那么 调用失败
    并且 不弹窗

    例子:
      | change          |
      | 用户卸载并重装客户端      |
      | 用户在另一台设备上登录     |
      | 客户端升级到版本 "99.0" |

  @req-BA-RECORD-SYNC-GRANTED-ZH @behaviour-record-sync
  场景大纲: <change>之后授权依然有效：调用成功，不弹窗
    假如 一个百度小程序用户已授权 "scope.userLocation"
    当 <change>
    并且 小程序调用 "swan.getLocation"
    那么 调用成功
    并且 不弹窗

    例子:
      | change          |
      | 用户卸载并重装客户端      |
      | 用户在另一台设备上登录     |
      | 客户端升级到版本 "99.0" |
