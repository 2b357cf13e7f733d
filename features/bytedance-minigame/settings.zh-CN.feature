# language: zh-CN
@platform-bytedance-minigame @source-public @lang-zh-CN
功能: 抖音小游戏 — 读取授权设置、权限设置界面与开关
  来源：小游戏 tt.getSetting 页面 https://developer.open-douyin.com/docs/resource/zh-CN/mini-game/develop/api/open-capacity/user-information/set/tt-get-setting
  （结果中只会包含向用户请求过的权限；authSetting 为布尔值）与小游戏“用户授权”指南
  https://developer.open-douyin.com/docs/resource/zh-CN/mini-game/develop/guide/basic-function/authorization
  （“⚠️ 注意”：只有已经提示过用户授权的权限才会出现在授权设置页面内；通过设置页修改授权后，再次调用结果随之变化）。
  与英文版 settings.feature 相同。

  @req-BDG-GET-SETTING-ZH @behaviour-get-setting
  场景大纲: getSetting 中已授权为 true、已拒绝为 false、从未询问的不出现（<granted>，<denied>）
    假如 一个抖音小游戏用户已授权 "<granted>"
    并且 用户已拒绝 "<denied>"
    当 小程序读取授权设置
    那么 调用成功
    并且 授权设置中 "<granted>" 为 true
    并且 授权设置中 "<denied>" 为 false
    并且 授权设置中 "<never>" 为 未出现

    例子:
      | granted            | denied             | never              |
      | scope.userLocation | scope.record       | scope.album        |
      | scope.record       | scope.album        | scope.camera       |
      | scope.album        | scope.camera       | scope.userLocation |
      | scope.camera       | scope.userLocation | scope.record       |

  @req-BDG-GET-SETTING-EMPTY-ZH @behaviour-get-setting
  场景: 从未被询问过的用户，getSetting 不返回任何权限
    假如 一个抖音小游戏用户
    当 小程序读取授权设置
    那么 授权设置为空

  @req-BDG-SETTINGS-PAGE-ZH @behaviour-settings-page
  场景大纲: 权限设置界面只列出请求过的权限（<granted>，<denied>）
    假如 一个抖音小游戏用户已授权 "<granted>"
    并且 用户已拒绝 "<denied>"
    当 用户打开权限设置界面
    那么 权限设置界面列出 "<granted>, <denied>"

    例子:
      | granted            | denied             | never              |
      | scope.userLocation | scope.record       | scope.album        |
      | scope.record       | scope.album        | scope.camera       |
      | scope.album        | scope.camera       | scope.userLocation |
      | scope.camera       | scope.userLocation | scope.record       |

  @req-BDG-SETTINGS-PAGE-EMPTY-ZH @behaviour-settings-page
  场景: 从未被询问过的用户，权限设置界面不列出任何权限
    假如 一个抖音小游戏用户
    当 用户打开权限设置界面
    那么 权限设置界面不列出任何权限

  @req-BDG-TOGGLE-ON-ZH @behaviour-toggle-setting
  场景大纲: 在权限设置界面打开已拒绝的 <scope> 后，<api> 直接执行，不弹窗
    假如 一个抖音小游戏用户已拒绝 "<scope>"
    当 用户在权限设置界面打开 "<scope>"
    并且 小程序调用 "<api>"
    那么 调用成功
    并且 不弹窗

    例子:
      | scope              | api                         |
      | scope.userLocation | tt.getLocation              |
      | scope.record       | tt.getRecorderManager.start |
      | scope.album        | tt.saveImageToPhotosAlbum   |
      | scope.camera       | tt.scanCode                 |

  @req-BDG-TOGGLE-OFF-ZH @behaviour-toggle-setting
  场景大纲: 在权限设置界面关闭已授权的 <scope> 后，<api> 失败，不弹窗
    假如 一个抖音小游戏用户已授权 "<scope>"
    当 用户在权限设置界面关闭 "<scope>"
    并且 小程序调用 "<api>"
    那么 调用失败
    并且 不弹窗

    例子:
      | scope              | api                         |
      | scope.userLocation | tt.getLocation              |
      | scope.record       | tt.getRecorderManager.start |
      | scope.album        | tt.saveImageToPhotosAlbum   |
      | scope.camera       | tt.scanCode                 |
