# language: zh-CN
@platform-kuaishou-minigame @source-public @lang-zh-CN
功能: 快手小游戏 — 权限设置界面、开关、读取授权设置与授权记录
  来源：小游戏“权限”指南 https://ks-game-docs.kuaishou.com/minigame/guide/framework/permission.html
  （“打开设置界面”：用户可在小游戏设置界面控制对该小游戏的授权状态——打开即授权，关闭即拒绝，之后的调用按“权限”
  一节处理；“获取用户授权设置”：ks.getSetting 获取当前授权状态，未给出返回结构）。设置界面列出哪些权限、
  ks.getSetting 对从未询问过的权限返回什么，以及换设备、重装或升级快手、删除小游戏对授权记录的影响，均未说明。
  与英文版 settings.feature 相同。

  @req-KSG-TOGGLE-ON-ZH @behaviour-toggle-setting
  场景大纲: 在权限设置界面打开已拒绝的 <scope> 后，<api> 直接执行，不弹窗
    假如 一个快手小游戏用户已拒绝 "<scope>"
    当 用户在权限设置界面打开 "<scope>"
    并且 小程序调用 "<api>"
    那么 调用成功
    并且 不弹窗

    例子:
      | scope                  | api                       |
      | scope.userInfo         | ks.getUserInfo            |
      | scope.writePhotosAlbum | ks.saveImageToPhotosAlbum |

  @req-KSG-TOGGLE-OFF-ZH @behaviour-toggle-setting
  场景大纲: 在权限设置界面关闭已授权的 <scope> 后，<api> 失败，不弹窗
    假如 一个快手小游戏用户已授权 "<scope>"
    当 用户在权限设置界面关闭 "<scope>"
    并且 小程序调用 "<api>"
    那么 调用失败
    并且 不弹窗

    例子:
      | scope                  | api                       |
      | scope.userInfo         | ks.getUserInfo            |
      | scope.writePhotosAlbum | ks.saveImageToPhotosAlbum |

  @req-KSG-GET-SETTING-ZH @behaviour-get-setting
  场景: ks.getSetting 的返回结果未作说明
    假如 一个快手小游戏用户已授权 "scope.userInfo"
    当 小程序读取授权设置
    那么 资料未规定授权设置

  @req-KSG-SETTINGS-PAGE-ZH @behaviour-settings-page
  场景: 权限设置界面列出哪些权限未作说明
    假如 一个快手小游戏用户已拒绝 "scope.writePhotosAlbum"
    当 用户打开权限设置界面
    那么 资料未规定权限设置界面

  @req-KSG-RECORDS-ZH @behaviour-record-sync
  场景大纲: <change>对授权记录的影响未作说明
    假如 一个快手小游戏用户已拒绝 "scope.writePhotosAlbum"
    当 <change>
    并且 小程序调用 "ks.saveImageToPhotosAlbum"
    那么 资料未规定调用结果

    例子:
      | change                 |
      | 用户在另一台设备上登录 |
      | 用户卸载并重装客户端   |
      | 客户端升级到版本 "99.0" |

  @req-KSG-DELETE-APP-ZH @behaviour-delete-app
  场景: 删除小游戏对授权记录的影响未作说明
    假如 一个快手小游戏用户已拒绝 "scope.writePhotosAlbum"
    当 用户删除小程序
    并且 小程序调用 "ks.saveImageToPhotosAlbum"
    那么 资料未规定调用结果
