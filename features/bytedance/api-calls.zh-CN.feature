# language: zh-CN
@platform-bytedance @source-002 @source-public @lang-zh-CN
功能: 抖音小程序 — 调用需要授权的接口
  来源：种子文件 002_e6de7b55752006f3.txt “scope 列表”（移植库在字节跳动小程序上支持的 scope）；
  https://developer.open-douyin.com/docs/resource/zh-CN/mini-app/develop/tutorial/open-capabilities/general-capabilities/user-authorization （“授权机制”：首次调用一定会弹出用户授权弹窗；用户拒绝则本次调用失败，进入 fail 回调，再次调用同 API 时不再弹窗）；
  https://developer.open-douyin.com/docs/resource/zh-CN/mini-game/develop/guide/basic-function/authorization （“scope 列表”：tt.* 接口；scope.album 是字节跳动对相册 scope 的命名）。与英文版 api-calls.feature 相同。

  @req-BD-GRANTED-CALL-ZH @behaviour-granted-call
  场景大纲: 已授权的 <scope> 下 <api> 直接执行，不弹窗
    假如 一个抖音小程序用户已授权 "<scope>"
    当 小程序调用 "<api>"
    那么 调用成功
    并且 不弹窗

    例子:
      | scope              | api                           |
      | scope.userLocation | tt.chooseLocation             |
      | scope.userLocation | tt.getLocation                |
      | scope.record       | tt.getRecorderManager.start   |
      | scope.album        | tt.saveImageToPhotosAlbum     |
      | scope.album        | tt.saveVideoToPhotosAlbum     |
      | scope.camera       | tt.scanCode                   |
      | scope.camera       | tt.chooseImage                |
      | scope.camera       | tt.chooseVideo                |

  @req-BD-NEVER-ASKED-CALL-ZH @behaviour-never-asked-call
  场景大纲: 首次调用 <api> 弹窗询问 <scope>，用户同意后继续执行
    假如 一个抖音小程序用户从未被询问过 "<scope>"
    当 小程序调用 "<api>" 且用户同意
    那么 弹窗询问用户授权 "<scope>"
    并且 调用成功

    例子:
      | scope              | api                         |
      | scope.userLocation | tt.chooseLocation           |
      | scope.record       | tt.getRecorderManager.start |
      | scope.album        | tt.saveImageToPhotosAlbum   |
      | scope.camera       | tt.scanCode                 |

  @req-BD-DENIED-CALL-ZH @behaviour-denied-call
  场景大纲: 拒绝过 <scope> 后 <api> 直接失败，不弹窗
    假如 一个抖音小程序用户已拒绝 "<scope>"
    当 小程序调用 "<api>"
    那么 调用失败
    并且 不弹窗
    并且 资料未规定 errMsg

    例子:
      | scope              | api                         |
      | scope.userLocation | tt.chooseLocation           |
      | scope.record       | tt.getRecorderManager.start |
      | scope.album        | tt.saveImageToPhotosAlbum   |
      | scope.camera       | tt.scanCode                 |

  @req-BD-AUTHORIZE-AHEAD-ZH @behaviour-authorize-ahead
  场景: 小程序的 tt.authorize 已下线，提前请求授权不作判定
    假如 一个抖音小程序用户从未被询问过 "scope.camera"
    当 小程序提前请求授权 "scope.camera" 且用户同意
    那么 资料未规定调用结果
