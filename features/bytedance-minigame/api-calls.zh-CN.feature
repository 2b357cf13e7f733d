# language: zh-CN
@platform-bytedance-minigame @source-public @lang-zh-CN
功能: 抖音小游戏 — 调用需要授权的接口与提前请求授权
  来源：小游戏“用户授权”指南 https://developer.open-douyin.com/docs/resource/zh-CN/mini-game/develop/guide/basic-function/authorization
  （仅在首次调用时弹窗；用户允许则正常调用，否则本次调用失败；拒绝后再次调用直接进入 fail 回调，除非用户在设置页中开启）
  与小游戏 tt.authorize 页面 https://developer.open-douyin.com/docs/resource/zh-CN/mini-game/develop/api/open-capacity/user-information/authorization/tt-authorize
  （提前请求授权会弹框；用户之前已授权则直接返回成功，不与用户交互）。与小程序不同，小游戏页面没有废弃警告，
  因此这里判定提前请求授权。与英文版 api-calls.feature 相同。

  @req-BDG-GRANTED-CALL-ZH @behaviour-granted-call
  场景大纲: 已授权的 <scope> 下 <api> 直接执行，不弹窗
    假如 一个抖音小游戏用户已授权 "<scope>"
    当 小程序调用 "<api>"
    那么 调用成功
    并且 不弹窗

    例子:
      | scope              | api                         |
      | scope.userLocation | tt.getLocation              |
      | scope.record       | tt.getRecorderManager.start |
      | scope.album        | tt.saveImageToPhotosAlbum   |
      | scope.album        | tt.saveVideoToPhotosAlbum   |
      | scope.camera       | tt.scanCode                 |
      | scope.camera       | tt.chooseImage              |
      | scope.camera       | tt.chooseVideo              |

  @req-BDG-NEVER-ASKED-CALL-ZH @behaviour-never-asked-call
  场景大纲: 首次调用 <api> 弹窗询问 <scope>，用户同意后继续执行
    假如 一个抖音小游戏用户从未被询问过 "<scope>"
    当 小程序调用 "<api>" 且用户同意
    那么 弹窗询问用户授权 "<scope>"
    并且 调用成功

    例子:
      | scope              | api                         |
      | scope.userLocation | tt.getLocation              |
      | scope.record       | tt.getRecorderManager.start |
      | scope.album        | tt.saveImageToPhotosAlbum   |
      | scope.camera       | tt.scanCode                 |

  @req-BDG-NEVER-ASKED-CALL-DENY-ZH @behaviour-never-asked-call
  场景: 首次调用时用户拒绝则调用失败
    假如 一个抖音小游戏用户从未被询问过 "scope.camera"
    当 小程序调用 "tt.scanCode" 且用户拒绝
    那么 弹窗询问用户授权 "scope.camera"
    并且 调用失败
    并且 资料未规定 errMsg

  @req-BDG-DENIED-CALL-ZH @behaviour-denied-call
  场景大纲: 拒绝过 <scope> 后 <api> 直接失败，不弹窗
    假如 一个抖音小游戏用户已拒绝 "<scope>"
    当 小程序调用 "<api>"
    那么 调用失败
    并且 不弹窗
    并且 资料未规定 errMsg

    例子:
      | scope              | api                         |
      | scope.userLocation | tt.getLocation              |
      | scope.record       | tt.getRecorderManager.start |
      | scope.album        | tt.saveImageToPhotosAlbum   |
      | scope.camera       | tt.scanCode                 |

  @req-BDG-AUTHORIZE-GRANTED-ZH @behaviour-authorize-ahead
  场景大纲: 已授权的 <scope> 提前请求授权直接成功，不弹窗
    假如 一个抖音小游戏用户已授权 "<scope>"
    当 小程序提前请求授权 "<scope>"
    那么 调用成功
    并且 不弹窗

    例子:
      | scope              |
      | scope.userLocation |
      | scope.camera       |

  @req-BDG-AUTHORIZE-NEVER-ASKED-ZH @behaviour-authorize-ahead
  场景大纲: 从未被询问过的 <scope> 提前请求授权时弹窗
    假如 一个抖音小游戏用户从未被询问过 "<scope>"
    当 小程序提前请求授权 "<scope>" 且用户同意
    那么 弹窗询问用户授权 "<scope>"
    并且 调用成功

    例子:
      | scope        |
      | scope.record |
      | scope.album  |

  @req-BDG-AUTHORIZE-DENIED-ZH @behaviour-authorize-when-denied
  场景: 对已拒绝的 scope 提前请求授权的结果资料未说明
    假如 一个抖音小游戏用户已拒绝 "scope.camera"
    当 小程序提前请求授权 "scope.camera"
    那么 资料未规定调用结果
