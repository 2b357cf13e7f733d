# language: zh-CN
@platform-feishu-gadget @source-000 @behaviour-version-gate @lang-zh-CN
功能: 飞书小程序 — scope.userInfo、scope.camera、scope.appBadge 的版本门槛
  来源：种子文件 000_de03a4aa8ad1be62.txt，“权限说明”一节“是否需要授权给客户端”一列：
  scope.userInfo ✓（飞书 5.2及以上版本生效），scope.camera ✓（飞书 5.21及以上版本生效），scope.appBadge ✓（飞书 5.9及以上版本生效）。
  自该版本起（含该版本）需要用户授权，低于该版本无需授权。版本号逐段按数值比较：5.21 高于 5.9。与英文版 version-gates.feature 相同。

  @req-FG-GATE-BELOW-ZH
  场景大纲: 低于门槛版本时直接执行，不询问（<scope>，飞书 <version>）
    假如 一个客户端版本为 "<version>" 的飞书小程序用户
    当 小程序调用 "<api>"
    那么 调用成功
    并且 不弹窗

    例子:
      | scope          | api         | version |
      | scope.userInfo | getUserInfo | 5.1     |
      | scope.userInfo | getUserInfo | 5.1.9   |
      | scope.camera   | camera      | 5.20    |
      | scope.camera   | camera      | 5.9     |
      | scope.appBadge | updateBadge | 5.8     |
      | scope.appBadge | updateBadge | 5.2     |

  @req-FG-GATE-FROM-ZH
  场景大纲: 自门槛版本起会询问用户（<scope>，飞书 <version>）
    假如 一个客户端版本为 "<version>" 的飞书小程序用户
    当 小程序调用 "<api>" 且用户同意
    那么 弹窗询问用户授权 "<scope>"
    并且 调用成功

    例子:
      | scope          | api         | version |
      | scope.userInfo | getUserInfo | 5.2     |
      | scope.userInfo | getUserInfo | 5.2.0   |
      | scope.userInfo | getUserInfo | 5.10    |
      | scope.camera   | camera      | 5.21    |
      | scope.camera   | camera      | 5.30    |
      | scope.appBadge | updateBadge | 5.9     |
      | scope.appBadge | updateBadge | 5.21    |

  @req-FG-GATE-UNGATED-ZH
  场景大纲: 没有版本门槛的权限在任何版本都会询问（<scope>，飞书 <version>）
    假如 一个客户端版本为 "<version>" 的飞书小程序用户
    当 小程序调用 "<api>" 且用户同意
    那么 弹窗询问用户授权 "<scope>"
    并且 调用成功

    例子:
      | scope              | api                 | version |
      | scope.userLocation | startLocationUpdate | 3.0     |
      | scope.record       | getRecorderManager  | 5.1     |
