# language: zh-CN
@platform-bytedance @source-public @behaviour-record-sync @lang-zh-CN
功能: 抖音小程序 — 授权记录只保存在本设备，重装后被清除
  来源：小程序《用户授权》教程 https://developer.open-douyin.com/docs/resource/zh-CN/mini-app/develop/tutorial/open-capabilities/general-capabilities/user-authorization
  （“授权状态存储”：授权设置仅存储在当前设备当前账号下，与服务器及其他设备无关联；更换设备或切换账号需重新触发首次授权流程），
  以及小程序 tt.authorize 页面 https://partner.open-douyin.com/docs/resource/zh-CN/mini-app/develop/api/open-interface/authorization/tt-authorize （“Bug & Tip”：清除抖音缓存或重装抖音会重置权限）。
  因此换设备或重装抖音后，首次调用会再次弹窗。升级客户端的影响资料未说明。与英文版 record-sync.feature 相同。

  @req-BD-RECORD-SYNC-ASKS-AGAIN-ZH
  场景大纲: <change>之后拒绝不再有效：首次调用再次弹窗询问
    假如 一个抖音小程序用户已拒绝 "scope.userLocation"
    当 <change>
    并且 小程序调用 "tt.getLocation" 且用户同意
    那么 弹窗询问用户授权 "scope.userLocation"
    并且 调用成功

    例子:
      | change      |
      | 用户在另一台设备上登录 |
      | 用户卸载并重装客户端  |

  @req-BD-RECORD-SYNC-GRANT-ASKS-AGAIN-ZH
  场景大纲: <change>之后授权不再有效：首次调用再次弹窗询问
    假如 一个抖音小程序用户已授权 "scope.camera"
    当 <change>
    并且 小程序调用 "tt.scanCode" 且用户拒绝
    那么 弹窗询问用户授权 "scope.camera"
    并且 调用失败

    例子:
      | change      |
      | 用户在另一台设备上登录 |
      | 用户卸载并重装客户端  |

  @req-BD-RECORD-SYNC-UPGRADE-ZH
  场景: 升级客户端对授权记录的影响资料未说明
    假如 一个抖音小程序用户已拒绝 "scope.userLocation"
    当 客户端升级到版本 "99.0"
    并且 小程序调用 "tt.getLocation"
    那么 资料未规定调用结果
