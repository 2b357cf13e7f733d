# language: zh-CN
@platform-bytedance-minigame @source-public @behaviour-record-sync @lang-zh-CN
功能: 抖音小游戏 — 授权记录只保存在当前设备
  来源：小游戏“用户授权”指南 https://developer.open-douyin.com/docs/resource/zh-CN/mini-game/develop/guide/basic-function/authorization
  （“⚠️ 注意”：用户授权设置不会与服务器同步，更换设备或在同一设备上切换账号会重新提示授权）。所读的小游戏页面
  均未说明重装或升级抖音对授权记录的影响。与英文版 record-sync.feature 相同。

  @req-BDG-RECORD-SYNC-ASKS-AGAIN-ZH
  场景: 换到另一台设备后拒绝不再有效：首次调用再次弹窗询问
    假如 一个抖音小游戏用户已拒绝 "scope.userLocation"
    当 用户在另一台设备上登录
    并且 小程序调用 "tt.getLocation" 且用户同意
    那么 弹窗询问用户授权 "scope.userLocation"
    并且 调用成功

  @req-BDG-RECORD-SYNC-GRANT-ASKS-AGAIN-ZH
  场景: 换到另一台设备后授权不再有效：首次调用再次弹窗询问
    假如 一个抖音小游戏用户已授权 "scope.camera"
    当 用户在另一台设备上登录
    并且 小程序调用 "tt.scanCode" 且用户拒绝
    那么 弹窗询问用户授权 "scope.camera"
    并且 调用失败

  @req-BDG-RECORD-SYNC-REINSTALL-ZH
  场景: 重装客户端对授权记录的影响资料未说明
    假如 一个抖音小游戏用户已拒绝 "scope.userLocation"
    当 用户卸载并重装客户端
    并且 小程序调用 "tt.getLocation"
    那么 资料未规定调用结果

  @req-BDG-RECORD-SYNC-UPGRADE-ZH
  场景: 升级客户端对授权记录的影响资料未说明
    假如 一个抖音小游戏用户已拒绝 "scope.userLocation"
    当 客户端升级到版本 "99.0"
    并且 小程序调用 "tt.getLocation"
    那么 资料未规定调用结果
