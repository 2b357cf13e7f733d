# language: zh-CN
@platform-feishu-gadget @source-000 @behaviour-record-sync @lang-zh-CN
功能: 飞书小程序 — 自飞书 3.5 起，卸载重装或更换设备后授权信息仍然有效
  来源：种子文件 000_de03a4aa8ad1be62.txt，“授权有效期”一节：一旦用户明确同意或拒绝过授权，其授权信息会被记录。
  在飞书客户端 V3.5 及以后版本，授权信息会同步到服务器，更换设备或者卸载重装后不再需要用户重新授权。更早的版本未作说明。

  @req-FG-SYNC-DENIED-ZH
  场景大纲: 在飞书 <version> 上的拒绝在“<change>”之后仍然有效
    假如 一个客户端版本为 "<version>" 的飞书小程序用户
    并且 用户已拒绝 "<scope>"
    当 <change>
    并且 小程序调用 "<api>"
    那么 调用失败
    并且 弹窗引导用户前往权限设置界面开启 "<scope>"

    例子:
      | version | scope              | api                 | change           |
      | 3.5     | scope.userLocation | startLocationUpdate | 用户卸载并重装客户端   |
      | 3.5     | scope.record       | getRecorderManager  | 用户在另一台设备上登录 |
      | 5.21    | scope.camera       | camera              | 用户卸载并重装客户端   |
      | 5.21    | scope.clipboard    | getClipboardData    | 用户在另一台设备上登录 |

  @req-FG-SYNC-GRANTED-ZH
  场景大纲: 在飞书 <version> 上的授权在“<change>”之后仍然有效
    假如 一个客户端版本为 "<version>" 的飞书小程序用户
    并且 用户已授权 "<scope>"
    当 <change>
    并且 小程序调用 "<api>"
    那么 调用成功
    并且 不弹窗

    例子:
      | version | scope                  | api                    | change           |
      | 3.5     | scope.writePhotosAlbum | saveImageToPhotosAlbum | 用户卸载并重装客户端   |
      | 3.6     | scope.bluetooth        | openBluetoothAdapter   | 用户在另一台设备上登录 |
      | 5.21    | scope.userInfo         | getUserInfo            | 用户在另一台设备上登录 |

  @req-FG-SYNC-BEFORE-3-5-ZH
  场景大纲: 飞书 3.5 之前，“<change>”之后授权信息如何未作说明
    假如 一个客户端版本为 "3.4" 的飞书小程序用户
    并且 用户已拒绝 "scope.runData"
    当 <change>
    并且 小程序调用 "getStepCount"
    那么 资料未规定调用结果
    并且 资料未规定弹窗

    例子:
      | change           |
      | 用户卸载并重装客户端   |
      | 用户在另一台设备上登录 |
