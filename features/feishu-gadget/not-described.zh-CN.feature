# language: zh-CN
@platform-feishu-gadget @source-000 @lang-zh-CN
功能: 飞书小程序 — 飞书文档未说明的行为
  来源：种子文件 000_de03a4aa8ad1be62.txt。文档只说明了接口调用：没有提前发起授权、读取授权设置或打开权限设置界面的接口，
  没有 errMsg 文本，也没有说明删除小程序的影响。这些场景记录套件对此不作判断。

  @req-FG-AUTHORIZE-AHEAD-ZH @behaviour-authorize-ahead
  场景: 提前发起授权未作说明
    假如 一个飞书小程序用户从未被询问过 "scope.record"
    当 小程序提前请求授权 "scope.record" 且用户同意
    那么 资料未规定调用结果

  @req-FG-AUTHORIZE-DENIED-ZH @behaviour-authorize-ahead
  场景: 对已拒绝的权限提前发起授权未作说明
    假如 一个飞书小程序用户已拒绝 "scope.record"
    当 小程序提前请求授权 "scope.record"
    那么 资料未规定调用结果

  @req-FG-GET-SETTING-ZH @behaviour-get-setting
  场景: 读取授权设置未作说明
    假如 一个飞书小程序用户已拒绝 "scope.camera"
    当 小程序读取授权设置
    那么 资料未规定授权设置

  @req-FG-SETTINGS-PAGE-ZH @behaviour-settings-page
  场景: 权限设置界面列出哪些权限未作说明
    假如 一个飞书小程序用户已授权 "scope.record"
    当 用户打开权限设置界面
    那么 资料未规定权限设置界面

  @req-FG-DELETE-APP-ZH @behaviour-delete-app
  场景: 删除小程序对授权信息的影响未作说明
    假如 一个飞书小程序用户已拒绝 "scope.bluetooth"
    当 用户删除小程序
    并且 小程序调用 "openBluetoothAdapter"
    那么 资料未规定调用结果

  @req-FG-TOGGLE-SETTING-ZH @behaviour-toggle-setting
  场景: 在权限设置界面切换开关未作说明
    假如 一个飞书小程序用户已拒绝 "scope.clipboard"
    当 用户在权限设置界面打开 "scope.clipboard"
    并且 小程序调用 "getClipboardData"
    那么 资料未规定调用结果
