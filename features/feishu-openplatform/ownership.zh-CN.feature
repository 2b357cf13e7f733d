# language: zh-CN
@platform-feishu-openplatform @source-001 @lang-zh-CN
功能: 飞书开放平台 — 应用创建的资源归谁所有，以及能收到哪些事件
  来源：种子文件 001_0b158fc905000e66.txt，“权限类型”一节（表中 “My bot” 的场景示例）：以 tenant_access_token
  创建的多维表格归应用所有，以 user_access_token 创建的归该 token 所代表的用户所有。以 tenant_access_token 订阅事件
  需要申请应用身份权限，以 user_access_token 订阅需要申请用户身份权限；订阅后仅能收到该身份作为拥有者或者管理员的
  文档变更。云文档变更事件需要哪个权限写在该事件自己的文档中，不在来源之内（“确定所需申请的权限”：可根据 API 或
  事件的开发文档获取相应的权限信息）：各场景以 "drive:drive" 为前提。
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
  场景: 以 tenant_access_token 订阅且具备事件所需权限，能收到应用自己文档的变更
    假如 一个飞书企业自建应用
    并且 云文档变更事件需要权限 "drive:drive"
    并且 应用已开通应用身份权限 "drive:drive"
    当 应用以 tenant_access_token 订阅云文档变更事件，应用拥有的文档发生变更
    那么 应用收到该变更事件

  @req-FOP-EVENTS-TENANT-NO-PERMISSION-ZH @behaviour-event-delivery
  场景: 未开通任何权限的应用以 tenant_access_token 订阅，收不到变更
    假如 一个飞书企业自建应用
    并且 云文档变更事件需要权限 "drive:drive"
    当 应用以 tenant_access_token 订阅云文档变更事件，应用拥有的文档发生变更
    那么 应用收不到该变更事件

  @req-FOP-EVENTS-TENANT-USER-PERMISSION-ZH @behaviour-event-delivery
  场景: 用户身份权限不适用于以 tenant_access_token 的订阅
    假如 一个飞书企业自建应用
    并且 云文档变更事件需要权限 "drive:drive"
    并且 应用已开通用户身份权限 "drive:drive"
    当 应用以 tenant_access_token 订阅云文档变更事件，应用拥有的文档发生变更
    那么 应用收不到该变更事件

  @req-FOP-EVENTS-TENANT-MANAGER-ZH @behaviour-event-delivery
  场景: 以 tenant_access_token 订阅能收到应用作为管理员的文档的变更
    假如 一个飞书企业自建应用
    并且 云文档变更事件需要权限 "drive:drive"
    并且 应用已开通应用身份权限 "drive:drive"
    当 应用以 tenant_access_token 订阅云文档变更事件，用户 "user-2" 拥有、应用管理的文档发生变更
    那么 应用收到该变更事件

  @req-FOP-EVENTS-TENANT-OTHERS-ZH @behaviour-event-delivery
  场景: 以 tenant_access_token 订阅无法感知其他文档的变更
    假如 一个飞书企业自建应用
    并且 云文档变更事件需要权限 "drive:drive"
    并且 应用已开通应用身份权限 "drive:drive"
    当 应用以 tenant_access_token 订阅云文档变更事件，用户 "user-2" 拥有的文档发生变更
    那么 应用收不到该变更事件

  @req-FOP-EVENTS-USER-ZH @behaviour-event-delivery
  场景: 以 user_access_token 订阅且具备事件所需权限，能收到该用户文档的变更
    假如 一个飞书企业自建应用
    并且 云文档变更事件需要权限 "drive:drive"
    并且 应用已开通用户身份权限 "drive:drive"
    当 应用以用户 "user-1" 的 user_access_token 订阅云文档变更事件，用户 "user-1" 拥有的文档发生变更
    那么 应用收到该变更事件

  @req-FOP-EVENTS-USER-NO-PERMISSION-ZH @behaviour-event-delivery
  场景: 应用身份权限不适用于以 user_access_token 的订阅
    假如 一个飞书企业自建应用
    并且 云文档变更事件需要权限 "drive:drive"
    并且 应用已开通应用身份权限 "drive:drive"
    当 应用以用户 "user-1" 的 user_access_token 订阅云文档变更事件，用户 "user-1" 拥有的文档发生变更
    那么 应用收不到该变更事件

  @req-FOP-EVENTS-USER-MANAGER-ZH @behaviour-event-delivery
  场景: 以 user_access_token 订阅能收到该用户作为管理员的文档的变更
    假如 一个飞书企业自建应用
    并且 云文档变更事件需要权限 "drive:drive"
    并且 应用已开通用户身份权限 "drive:drive"
    当 应用以用户 "user-1" 的 user_access_token 订阅云文档变更事件，用户 "user-2" 拥有、用户 "user-1" 管理的文档发生变更
    那么 应用收到该变更事件

  @req-FOP-EVENTS-USER-OTHERS-ZH @behaviour-event-delivery
  场景: 以 user_access_token 订阅无法感知其他用户文档的变更
    假如 一个飞书企业自建应用
    并且 云文档变更事件需要权限 "drive:drive"
    并且 应用已开通用户身份权限 "drive:drive"
    当 应用以用户 "user-1" 的 user_access_token 订阅云文档变更事件，用户 "user-2" 拥有的文档发生变更
    那么 应用收不到该变更事件
