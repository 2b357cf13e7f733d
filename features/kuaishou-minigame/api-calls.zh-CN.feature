# language: zh-CN
@platform-kuaishou-minigame @source-public @lang-zh-CN
功能: 快手小游戏 — 调用需要授权的接口
  来源：小游戏“权限”指南 https://ks-game-docs.kuaishou.com/minigame/guide/framework/permission.html
  （“权限”：从未接受或拒绝过的权限调用时弹窗；已授权的可直接调用；已拒绝的不弹窗、直接回调 fail；
  “scope 列表”：scope.userInfo 对应 ks.getUserInfo，scope.writePhotosAlbum 对应 ks.saveImageToPhotosAlbum）。
  指南提到可用 ks.authorize 提前请求授权（“提前发起授权请求”），但没有说明对已授权或已拒绝的权限它返回什么，
  也没有给出拒绝时的错误信息。与英文版 api-calls.feature 相同。

  @req-KSG-GRANTED-CALL-ZH @behaviour-granted-call
  场景大纲: 已授权的 <scope> 下 <api> 直接执行，不弹窗
    假如 一个快手小游戏用户已授权 "<scope>"
    当 小程序调用 "<api>"
    那么 调用成功
    并且 不弹窗

    例子:
      | scope                  | api                       |
      | scope.userInfo         | ks.getUserInfo            |
      | scope.writePhotosAlbum | ks.saveImageToPhotosAlbum |

  @req-KSG-NEVER-ASKED-CALL-ZH @behaviour-never-asked-call
  场景大纲: 首次调用 <api> 弹窗询问 <scope>，用户同意后继续执行
    假如 一个快手小游戏用户从未被询问过 "<scope>"
    当 小程序调用 "<api>" 且用户同意
    那么 弹窗询问用户授权 "<scope>"
    并且 调用成功

    例子:
      | scope                  | api                       |
      | scope.userInfo         | ks.getUserInfo            |
      | scope.writePhotosAlbum | ks.saveImageToPhotosAlbum |

  @req-KSG-NEVER-ASKED-CALL-DENY-ZH @behaviour-never-asked-call
  场景: 首次调用时用户拒绝则调用失败
    假如 一个快手小游戏用户从未被询问过 "scope.writePhotosAlbum"
    当 小程序调用 "ks.saveImageToPhotosAlbum" 且用户拒绝
    那么 弹窗询问用户授权 "scope.writePhotosAlbum"
    并且 调用失败
    并且 资料未规定 errMsg

  @req-KSG-DENIED-CALL-ZH @behaviour-denied-call
  场景大纲: 拒绝过 <scope> 后 <api> 直接失败，不弹窗
    假如 一个快手小游戏用户已拒绝 "<scope>"
    当 小程序调用 "<api>"
    那么 调用失败
    并且 不弹窗
    并且 资料未规定 errMsg

    例子:
      | scope                  | api                       |
      | scope.userInfo         | ks.getUserInfo            |
      | scope.writePhotosAlbum | ks.saveImageToPhotosAlbum |

  @req-KSG-AUTHORIZE-AHEAD-ZH @behaviour-authorize-ahead
  场景: 对已授权的 scope 提前请求授权的结果资料未说明
    假如 一个快手小游戏用户已授权 "scope.writePhotosAlbum"
    当 小程序提前请求授权 "scope.writePhotosAlbum"
    那么 资料未规定调用结果

  @req-KSG-AUTHORIZE-DENIED-ZH @behaviour-authorize-when-denied
  场景: 对已拒绝的 scope 提前请求授权的结果资料未说明
    假如 一个快手小游戏用户已拒绝 "scope.writePhotosAlbum"
    当 小程序提前请求授权 "scope.writePhotosAlbum"
    那么 资料未规定调用结果
