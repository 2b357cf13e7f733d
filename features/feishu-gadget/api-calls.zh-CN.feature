# language: zh-CN
@platform-feishu-gadget @source-000 @lang-zh-CN
功能: 飞书小程序 — 调用需要授权的接口
  来源：种子文件 000_de03a4aa8ad1be62.txt（飞书《API 权限》，2023-11-13），“权限说明”与“调用接口后的行为说明”两节
  （https://open.feishu.cn/document/client-docs/gadget/-web-app-api/api-scopes ）。
  用户授权给一个 scope 后，应用可以直接调用其对应的所有接口；未授权过的权限会弹窗询问；已拒绝的权限会进入 fail 回调，
  并弹窗引导用户前往权限设置界面。未写客户端版本即为最新版本（高于所有版本门槛）。与英文版 api-calls.feature 相同。

  @req-FG-GRANTED-CALL-ZH @behaviour-granted-call
  场景大纲: 已授权的 scope 下每个接口都直接执行，不弹窗（<api>）
    假如 一个飞书小程序用户已授权 "<scope>"
    当 小程序调用 "<api>"
    那么 调用成功
    并且 不弹窗

    例子:
      | scope                  | api                       |
      | scope.userInfo         | getUserInfo               |
      | scope.userLocation     | startLocationUpdate       |
      | scope.camera           | camera                    |
      | scope.record           | getRecorderManager        |
      | scope.record           | CameraContext.startRecord |
      | scope.writePhotosAlbum | saveImageToPhotosAlbum    |
      | scope.clipboard        | getClipboardData          |
      | scope.appBadge         | updateBadge               |
      | scope.appBadge         | onServerBadgePush         |
      | scope.appBadge         | reportBadge               |
      | scope.bluetooth        | openBluetoothAdapter      |
      | scope.runData          | getStepCount              |

  @req-FG-NEVER-ASKED-ALLOW-ZH @behaviour-never-asked-call
  场景大纲: 未授权过的权限会弹窗询问，用户同意后继续执行（<scope>）
    假如 一个飞书小程序用户从未被询问过 "<scope>"
    当 小程序调用 "<api>" 且用户同意
    那么 弹窗询问用户授权 "<scope>"
    并且 调用成功

    例子:
      | scope                  | api                    |
      | scope.userInfo         | getUserInfo            |
      | scope.userLocation     | startLocationUpdate    |
      | scope.camera           | camera                 |
      | scope.record           | getRecorderManager     |
      | scope.writePhotosAlbum | saveImageToPhotosAlbum |
      | scope.clipboard        | getClipboardData       |
      | scope.appBadge         | updateBadge            |
      | scope.bluetooth        | openBluetoothAdapter   |
      | scope.runData          | getStepCount           |

  @req-FG-NEVER-ASKED-DENY-ZH @behaviour-never-asked-call
  场景大纲: 未授权过的权限会弹窗询问，用户拒绝后调用失败（<scope>）
    假如 一个飞书小程序用户从未被询问过 "<scope>"
    当 小程序调用 "<api>" 且用户拒绝
    那么 弹窗询问用户授权 "<scope>"
    并且 调用失败

    例子:
      | scope                  | api                    |
      | scope.userInfo         | getUserInfo            |
      | scope.userLocation     | startLocationUpdate    |
      | scope.camera           | camera                 |
      | scope.record           | getRecorderManager     |
      | scope.writePhotosAlbum | saveImageToPhotosAlbum |
      | scope.clipboard        | getClipboardData       |
      | scope.appBadge         | updateBadge            |
      | scope.bluetooth        | openBluetoothAdapter   |
      | scope.runData          | getStepCount           |

  @req-FG-DENIED-CALL-ZH @behaviour-denied-call
  场景大纲: 已拒绝的权限进入 fail 回调，并弹窗引导用户前往权限设置界面（<scope>）
    假如 一个飞书小程序用户已拒绝 "<scope>"
    当 小程序调用 "<api>"
    那么 调用失败
    并且 弹窗引导用户前往权限设置界面开启 "<scope>"
    并且 资料未规定 errMsg

    例子:
      | scope                  | api                    |
      | scope.userInfo         | getUserInfo            |
      | scope.userLocation     | startLocationUpdate    |
      | scope.camera           | camera                 |
      | scope.record           | getRecorderManager     |
      | scope.writePhotosAlbum | saveImageToPhotosAlbum |
      | scope.clipboard        | getClipboardData       |
      | scope.appBadge         | updateBadge            |
      | scope.bluetooth        | openBluetoothAdapter   |
      | scope.runData          | getStepCount           |

  @req-FG-ANSWER-KEPT-ZH @behaviour-denied-call
  场景大纲: 用户明确拒绝后会被记录，再次调用失败并引导用户前往权限设置界面，不再询问授权（<scope>）
    假如 一个飞书小程序用户从未被询问过 "<scope>"
    当 小程序调用 "<api>" 且用户拒绝
    并且 小程序调用 "<api>"
    那么 调用失败
    并且 弹窗引导用户前往权限设置界面开启 "<scope>"

    例子:
      | scope              | api                 |
      | scope.userLocation | startLocationUpdate |
      | scope.record       | getRecorderManager  |
