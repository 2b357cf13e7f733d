# language: zh-CN
@platform-feishu-gadget @source-000 @behaviour-os-prompt-order @lang-zh-CN
功能: 飞书小程序 — 小程序授权弹窗与系统授权弹窗的先后未作保证
  来源：种子文件 000_de03a4aa8ad1be62.txt，“系统接口权限”一节：在调用一个同时需要小程序权限和系统权限的 API 时，
  可能会先出现小程序 API 授权弹窗，再出现系统接口授权弹窗。 — “可能会”：先出现小程序弹窗是可能的，并非保证，
  因此弹窗顺序未规定（behaviour.osPromptOrder: unspecified）；用户都同意时调用仍然成功。

  @req-FG-OS-PROMPT-ORDER-ZH
  场景大纲: 设备尚未授予飞书系统权限时调用 <api>，弹窗先后资料未作保证
    假如 一个飞书小程序用户从未被询问过 "<scope>"
    并且 操作系统也会询问系统权限，且用户同意
    当 小程序调用 "<api>" 且用户同意
    那么 资料未规定弹窗
    并且 调用成功

    例子:
      | scope                  | api                    |
      | scope.userLocation     | startLocationUpdate    |
      | scope.camera           | camera                 |
      | scope.record           | getRecorderManager     |
      | scope.writePhotosAlbum | saveImageToPhotosAlbum |
      | scope.bluetooth        | openBluetoothAdapter   |

  @req-FG-OS-PROMPT-REFUSED-ZH
  场景: 用户拒绝系统权限时的结果未作说明
    假如 一个飞书小程序用户从未被询问过 "scope.camera"
    并且 操作系统也会询问系统权限，且用户拒绝
    当 小程序调用 "camera" 且用户同意
    那么 资料未规定调用结果
