# language: zh-CN
@platform-alipay @source-public @lang-zh-CN
功能: 支付宝小程序 — 读取授权设置与权限设置界面
  来源：支付宝 my.getSetting 页面 https://miniprogram.alipay.com/docs-besuperapp/miniprogram_besuperapp/mpdev/api_device_setting_getsetting
  （只返回小程序已向用户请求过的权限；authSetting 的值为布尔值，表示用户是否允许）与 my.openSetting 页面
  https://miniprogram.alipay.com/docs/miniprogram_claro/mpdev/api_device_setting_opensetting （设置界面只显示小程序已向用户请求过的权限）。
  所读页面均未说明用户如何授权或拒绝（调用时是否弹窗未说明），因此只能构造从未被询问过的用户：
  不返回任何权限，也不列出任何权限。与英文版 settings.feature 相同。

  @req-AP-GET-SETTING-EMPTY-ZH @behaviour-get-setting
  场景: 从未被询问过的用户，getSetting 不返回任何权限
    假如 一个支付宝小程序用户
    当 小程序读取授权设置
    那么 调用成功
    并且 授权设置为空

  @req-AP-SETTINGS-PAGE-EMPTY-ZH @behaviour-settings-page
  场景: 从未被询问过的用户，权限设置界面不列出任何权限
    假如 一个支付宝小程序用户
    当 用户打开权限设置界面
    那么 权限设置界面不列出任何权限
