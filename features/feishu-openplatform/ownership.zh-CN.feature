# language: zh-CN
@platform-feishu-openplatform @source-001 @lang-zh-CN
功能: 飞书开放平台 — 应用创建的资源归谁所有，以及能收到哪些事件
  来源：种子文件 001_0b158fc905000e66.txt，“权限类型”一节（表中 “My bot” 的场景示例）：以 tenant_access_token
  创建的多维表格归应用所有，以 user_access_token 创建的归该 token 所代表的用户所有；以 tenant_access_token 订阅
  云文档变更事件，仅能收到应用作为拥有者或管理员的文档变更，以 user_access_token 订阅则仅能收到该用户的文档变更。
  与英文版 ownership.feature 相同。

  @req-FOP-OWNER-TENANT-ZH @behaviour-resource-ownership
  场景: 以 tenant_access_token 创建的多维表格归应用所有
    假如 一个飞书企业自建应用
    并且 应用已开通应用身份权限 "bitable:app"
    当 应用以 tenant_access_token 创建多维表格
    那么 接口调用成功
    并且 新建的多维表格归应用所有

  @req-FOP-OWNER-USER-ZH @behaviour-resource-ownership
  场景: 以 user_access_token 创建的多维表格归该 token 所代表的用户所有
    假如 一个飞书企业自建应用
    并且 应用已开通用户身份权限 "bitable:app"
    并且 用户 "user-1" 已授权应用使用 "bitable:app"
    当 应用以用户 "user-1" 的 user_access_token 创建多维表格
    那么 接口调用成功
    并且 新建的多维表格归用户 "user-1" 所有

  @req-FOP-EVENTS-TENANT-ZH @behaviour-event-delivery
  场景: 以 tenant_access_token 订阅能收到应用自己文档的变更
    假如 一个飞书企业自建应用
    当 应用以 tenant_access_token 订阅云文档变更事件，应用拥有的文档发生变更
    那么 应用收到该变更事件

  @req-FOP-EVENTS-TENANT-OTHERS-ZH @behaviour-event-delivery
  场景: 以 tenant_access_token 订阅无法感知其他文档的变更
    假如 一个飞书企业自建应用
    当 应用以 tenant_access_token 订阅云文档变更事件，用户 "user-2" 拥有的文档发生变更
    那么 应用收不到该变更事件

  @req-FOP-EVENTS-USER-ZH @behaviour-event-delivery
  场景: 以 user_access_token 订阅能收到该用户文档的变更
    假如 一个飞书企业自建应用
    当 应用以用户 "user-1" 的 user_access_token 订阅云文档变更事件，用户 "user-1" 拥有的文档发生变更
    那么 应用收到该变更事件

  @req-FOP-EVENTS-USER-OTHERS-ZH @behaviour-event-delivery
  场景: 以 user_access_token 订阅无法感知其他用户文档的变更
    假如 一个飞书企业自建应用
    当 应用以用户 "user-1" 的 user_access_token 订阅云文档变更事件，用户 "user-2" 拥有的文档发生变更
    那么 应用收不到该变更事件
