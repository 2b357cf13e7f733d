# language: zh-CN
@platform-baidu @source-public @lang-zh-CN
功能: 百度小程序 — 调用需要授权的接口
  来源：百度 swan.authorize 页面 https://smartprogram.baidu.com/docs/develop/api/open/authorize_swan-authorize/ （“scope 有效值列表”：各 scope 及其对应接口），以及百度《授权》指南，
  阅读的是其副本 https://w3cschool.cn/baiduapp/baiduapp-zpyt39sd.html （“此类接口调用时需注意”）：未接受或拒绝过 → 弹窗询问，同意后方可调用；
  已同意 → 不弹窗，直接调用；已拒绝 → 不弹窗，执行 fail 回调。拒绝时的 errMsg 资料未给出。
  scope.camera 只对应 camera 组件（没有接口），不在此演练。与英文版 api-calls.feature 相同。

  @req-BA-GRANTED-CALL-ZH @behaviour-granted-call
  场景大纲: 已授权的 <scope> 下 <api> 直接执行，不弹窗
    假如 一个百度小程序用户已授权 "<scope>"
    当 小程序调用 "<api>"
    那么 调用成功
    并且 不弹窗

    例子:
      | scope                  | api                         |
      | scope.userInfo         | swan.getUserInfo            |
      | scope.userLocation     | swan.getLocation            |
      | scope.userLocation     | swan.chooseLocation         |
      | scope.writePhotosAlbum | swan.saveImageToPhotosAlbum |
      | scope.address          | swan.chooseAddress          |
      | scope.invoiceTitle     | swan.chooseInvoiceTitle     |
      | scope.record           | swan.getRecorderManager     |

  @req-BA-NEVER-ASKED-ALLOW-ZH @behaviour-never-asked-call
  场景大纲: 首次调用 <api> 弹窗询问 <scope>，用户同意后继续执行
    假如 一个百度小程序用户从未被询问过 "<scope>"
    当 小程序调用 "<api>" 且用户同意
    那么 弹窗询问用户授权 "<scope>"
    并且 调用成功

    例子:
      | scope                  | api                         |
      | scope.userInfo         | swan.getUserInfo            |
      | scope.userLocation     | swan.getLocation            |
      | scope.writePhotosAlbum | swan.saveImageToPhotosAlbum |
      | scope.address          | swan.chooseAddress          |
      | scope.invoiceTitle     | swan.chooseInvoiceTitle     |
      | scope.record           | swan.getRecorderManager     |

  @req-BA-NEVER-ASKED-DENY-ZH @behaviour-never-asked-call
  场景大纲: 首次调用 <api> 弹窗询问 <scope>，用户拒绝后调用失败
    假如 一个百度小程序用户从未被询问过 "<scope>"
    当 小程序调用 "<api>" 且用户拒绝
    那么 弹窗询问用户授权 "<scope>"
    并且 调用失败

    例子:
      | scope                  | api                         |
      | scope.userInfo         | swan.getUserInfo            |
      | scope.userLocation     | swan.getLocation            |
      | scope.writePhotosAlbum | swan.saveImageToPhotosAlbum |
      | scope.address          | swan.chooseAddress          |
      | scope.invoiceTitle     | swan.chooseInvoiceTitle     |
      | scope.record           | swan.getRecorderManager     |

  @req-BA-DENIED-CALL-ZH @behaviour-denied-call
  场景大纲: 拒绝过 <scope> 后 <api> 直接失败，不弹窗
    假如 一个百度小程序用户已拒绝 "<scope>"
    当 小程序调用 "<api>"
    那么 调用失败
    并且 不弹窗
    并且 资料未规定 errMsg

    例子:
      | scope                  | api                         |
      | scope.userInfo         | swan.getUserInfo            |
      | scope.userLocation     | swan.getLocation            |
      | scope.userLocation     | swan.chooseLocation         |
      | scope.writePhotosAlbum | swan.saveImageToPhotosAlbum |
      | scope.address          | swan.chooseAddress          |
      | scope.invoiceTitle     | swan.chooseInvoiceTitle     |
      | scope.record           | swan.getRecorderManager     |
